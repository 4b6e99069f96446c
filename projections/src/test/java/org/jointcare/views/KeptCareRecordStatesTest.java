package org.jointcare.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Professionals;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.Test;

/**
 * A view keeps each person's record as it folded it: one row read and written per event, and it
 * comes out as the whole stream folded from the start would.
 */
class KeptCareRecordStatesTest {

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();
    private final KeptCareRecordStates kept = new KeptCareRecordStates(view.jdbc(), "own_record_state");
    private final CareRecordStory mary = log.register("Mary", "Hughes", Professionals.PRACTICE_NORTH, "2026-01-05T09:00:00Z")
            .nursingTeamAssigned(Professionals.NURSING_NORTH)
            .at("2026-01-06T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home")
            .jointlyAssessedOn("2026-01-12", Discipline.DISTRICT_NURSING)
            .packageArranged(Services.homeCare(14, 1850))
            .at("2026-03-01T22:00:00Z").admitted("Derriford", Professionals.DERRIFORD, AdmissionType.EMERGENCY);

    @Test
    void eachStepStandsWhereTheWholeStreamFoldedWouldAndTheLastIsKept() {
        List<CareRecordEvent> events = log.messages().stream().map(m -> (CareRecordEvent) m.getPayload()).toList();
        for (DomainEventMessage<?> message : log.messages()) {
            int upTo = (int) message.getSequenceNumber();
            KeptCareRecordStates.Step step = kept.fold((CareRecordEvent) message.getPayload(), upTo).orElseThrow();
            assertThat(step.before().snapshot()).isEqualTo(CareRecordState.of(mary.id(), events.subList(0, upTo)).snapshot());
            assertThat(step.after().snapshot()).isEqualTo(CareRecordState.of(mary.id(), events.subList(0, upTo + 1)).snapshot());
        }
        assertThat(view.jdbc().queryForObject("SELECT sequence_number FROM own_record_state WHERE care_record_id = ?",
                Long.class, mary.id().toString())).isEqualTo(events.size() - 1L);
    }

    @Test
    void anEventAlreadyFoldedInIsPassedOverAndAGapIsRefused() {
        List<DomainEventMessage<?>> messages = log.messages();
        kept.fold((CareRecordEvent) messages.get(0).getPayload(), 0);
        kept.fold((CareRecordEvent) messages.get(1).getPayload(), 1);

        assertThat(kept.fold((CareRecordEvent) messages.get(1).getPayload(), 1)).isEmpty();
        assertThatThrownBy(() -> kept.fold((CareRecordEvent) messages.get(3).getPayload(), 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");

        kept.forgetAll();
        assertThatThrownBy(() -> kept.fold((CareRecordEvent) messages.get(2).getPayload(), 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuilt");
    }
}
