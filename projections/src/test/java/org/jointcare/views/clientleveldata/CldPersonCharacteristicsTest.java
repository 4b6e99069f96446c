package org.jointcare.views.clientleveldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.registration.AccommodationStatus;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.EmploymentStatus;
import org.jointcare.carerecord.registration.Ethnicity;
import org.jointcare.carerecord.registration.Gender;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PrimarySupportReason;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Professionals;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.Test;

/**
 * The person fields of the return come from the characteristics recorded in the person's details, in
 * the return's words; what nobody recorded is "not known", and accommodation falls back to what the
 * living situation tells. Each person is assessed in the quarter July to September 2026, so each has
 * an assessment row to read.
 */
class CldPersonCharacteristicsTest {

    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private static final String COUNCIL = "E06000054";

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();

    CldPersonCharacteristicsTest() {
        view.handlers(new ClientLevelDataProjection(view.jdbc()), new ClientLevelDataQueries(view.jdbc()));
    }

    private CareRecordStory person(String name) {
        return log.register(name, "Okoro", LocalDate.of(1941, 2, 9), Professionals.PRACTICE_NORTH, "Trowbridge",
                "2026-03-02T09:00:00Z");
    }

    private static CareRecordStory recorded(CareRecordStory story, Characteristics characteristics) {
        return story.at("2026-04-01T09:00:00Z").detailsChanged(before -> before.with(characteristics),
                "Asked at the first visit", Professionals.linkworker("anna.lw"));
    }

    private static CareRecordStory living(CareRecordStory story, LivingSituation situation) {
        return story.at("2026-04-02T09:00:00Z").detailsChanged(before -> new PersonDetails(before.givenName(),
                before.familyName(), before.dateOfBirth(), before.registeredPracticeCode(), before.locality(),
                before.preferredLanguage(), before.interpreterNeeded(), before.communicationNeeds(), situation,
                before.carers(), before.characteristics()), "Moved", Professionals.linkworker("anna.lw"));
    }

    private Map<CldColumn, String> assessmentRowOf(CareRecordStory story) {
        view.play(log);
        ClientLevelDataReturn cld = view.ask(new FindClientLevelData(COUNCIL, null, Q3), ClientLevelDataReturn.class);
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
        return cld.rows().stream().filter(row -> row.get(CldColumn.EVENT_REFERENCE).equals("ASM-" + story.assessmentId()))
                .findFirst().orElseThrow();
    }

    @Test
    void recordedCharacteristicsReachTheRowInTheReturnsWords() {
        CareRecordStory grace = recorded(person("Grace"), new Characteristics(Gender.FEMALE, Ethnicity.BLACK_CARIBBEAN,
                PrimarySupportReason.PHYSICAL_SUPPORT_PERSONAL_CARE, AccommodationStatus.COUNCIL_OR_HOUSING_ASSOCIATION_TENANT,
                EmploymentStatus.NOT_PAID_NOT_SEEKING_WORK_OR_RETIRED))
                .jointlyAssessedOn("2026-08-10", Discipline.DISTRICT_NURSING);

        assertThat(assessmentRowOf(grace))
                .containsEntry(CldColumn.GENDER, "Female")
                .containsEntry(CldColumn.ETHNICITY, "Black, Black British, Caribbean or African: Caribbean")
                .containsEntry(CldColumn.PRIMARY_SUPPORT_REASON, "Physical support: Personal care support")
                .containsEntry(CldColumn.ACCOMMODATION_STATUS, "Tenant: Local authority or other social housing provider")
                .containsEntry(CldColumn.EMPLOYMENT_STATUS, "Not in paid employment: Not actively seeking work or retired");
    }

    @Test
    void whatNobodyRecordedIsNotKnown() {
        CareRecordStory unasked = person("Unasked").jointlyAssessedOn("2026-08-10", Discipline.GP);

        assertThat(assessmentRowOf(unasked))
                .containsEntry(CldColumn.GENDER, "Unknown")
                .containsEntry(CldColumn.ETHNICITY, "No data: Undeclared or not known")
                .containsEntry(CldColumn.PRIMARY_SUPPORT_REASON, "Unknown")
                .containsEntry(CldColumn.ACCOMMODATION_STATUS, "Unknown")
                .containsEntry(CldColumn.EMPLOYMENT_STATUS, "Unknown");
    }

    @Test
    void aPersonWhoWouldRatherNotSayIsRefusedNotUnknown() {
        CareRecordStory private_ = recorded(person("Private"), new Characteristics(Gender.MALE, Ethnicity.PREFERS_NOT_TO_SAY,
                PrimarySupportReason.MEMORY_AND_COGNITION, null, null))
                .jointlyAssessedOn("2026-08-10", Discipline.GP);

        assertThat(assessmentRowOf(private_))
                .containsEntry(CldColumn.GENDER, "Male")
                .containsEntry(CldColumn.ETHNICITY, "No data: Refused")
                .containsEntry(CldColumn.PRIMARY_SUPPORT_REASON, "Support with memory and cognition")
                .containsEntry(CldColumn.EMPLOYMENT_STATUS, "Unknown");
    }

    @Test
    void theRecordedAccommodationWinsAndTheLivingSituationTellsItOtherwise() {
        CareRecordStory inACareHome = living(person("Care"), LivingSituation.CARE_HOME)
                .jointlyAssessedOn("2026-08-10", Discipline.GP);
        CareRecordStory ownsTheFlat = living(recorded(person("Owner"), new Characteristics(null, null, null,
                AccommodationStatus.OWNER_OCCUPIER, null)), LivingSituation.SHELTERED_HOUSING)
                .jointlyAssessedOn("2026-08-11", Discipline.GP);

        assertThat(assessmentRowOf(inACareHome)).containsEntry(CldColumn.ACCOMMODATION_STATUS, "Registered care home");
        assertThat(assessmentRowOf(ownsTheFlat))
                .containsEntry(CldColumn.ACCOMMODATION_STATUS, "Owner occupier or shared ownership scheme");
    }

    @Test
    void eachRecordedValueHasAValueOfItsOwnInTheReturn() {
        // each list is "not known" (and, for the support reason, the carer's reason) and one value per constant
        assertThat(CldCodes.CODE_LISTS.get(CldColumn.GENDER)).hasSize(Gender.values().length + 1);
        assertThat(CldCodes.CODE_LISTS.get(CldColumn.ETHNICITY)).hasSize(Ethnicity.values().length + 1);
        assertThat(CldCodes.CODE_LISTS.get(CldColumn.PRIMARY_SUPPORT_REASON)).hasSize(PrimarySupportReason.values().length + 2);
        assertThat(CldCodes.CODE_LISTS.get(CldColumn.ACCOMMODATION_STATUS)).hasSize(AccommodationStatus.values().length + 1);
        assertThat(CldCodes.CODE_LISTS.get(CldColumn.EMPLOYMENT_STATUS)).hasSize(EmploymentStatus.values().length + 1);
    }
}
