package org.jointcare.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.views.WordedLine;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a linkworker may not see is decided by what the content is, not by what a field is called:
 * a view that names its clinical fields anything at all still loses them, and clinical content in
 * a place no mark could reach fails the answer instead of going out.
 */
class ClinicalContentByTypeTest {

    private final RoleFieldFilter filter = new RoleFieldFilter(new ObjectMapper().findAndRegisterModules());

    record Line(String text, boolean clinical) implements WordedLine {
    }

    /** A view a new engineer might write, with none of the old field names. */
    record NewView(String name,
                   List<MedicationChange> tablets,
                   Optional<MedicationChange> lastTablet,
                   @Clinical String notesFromTheWard,
                   List<Line> lines) {
    }

    record Untyped(List<Object> anything) {
    }

    private final MedicationChange codeine = new MedicationChange("Codeine", MedicationChangeKind.STARTED, "30mg");

    @Test
    void aLinkworkerLosesEveryFieldMarkedClinicalOrOfAClinicalTypeWhateverItIsCalled() {
        NewView view = new NewView("Edith", List.of(codeine), Optional.of(codeine), "On the ward", List.of(new Line("Went home", false)));

        JsonNode linkworker = filter.visibleTo(Role.LINKWORKER, view);
        assertThat(linkworker.fieldNames()).toIterable().containsExactly("name", "lines");
        assertThat(linkworker.toString()).doesNotContain("Codeine", "On the ward").contains("Went home");

        JsonNode gp = filter.visibleTo(Role.GP_PRACTICE, view);
        assertThat(gp.toString()).contains("Codeine", "On the ward");
    }

    @Test
    void clinicalContentWhereNoMarkCouldBeSeenFailsTheAnswerRatherThanGoingOut() {
        assertThatThrownBy(() -> filter.visibleTo(Role.LINKWORKER, new Untyped(List.of(codeine))))
                .hasMessageContaining("Clinical content");
        assertThatThrownBy(() -> filter.visibleTo(Role.LINKWORKER,
                new NewView("Edith", List.of(), Optional.empty(), null, List.of(new Line("Your medicines: Codeine", true)))))
                .hasMessageContaining("Clinical content");
        assertThatThrownBy(() -> filter.visibleTo(Role.LINKWORKER, new ObjectMapper().createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(filter.visibleTo(Role.DISTRICT_NURSE, new Untyped(List.of(codeine))).toString()).contains("Codeine");
    }

    @Test
    void onlyTheRolesWhoseWorkNeedsItSeeClinicalDetail() {
        assertThat(List.of(Role.values())).filteredOn(RoleFieldFilter::seesClinicalDetail)
                .containsExactlyInAnyOrder(Role.GP_PRACTICE, Role.DISTRICT_NURSE, Role.HOSPITAL_DISCHARGE_TEAM);
    }
}
