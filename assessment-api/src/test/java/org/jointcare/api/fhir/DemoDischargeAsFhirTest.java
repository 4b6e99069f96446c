package org.jointcare.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.jointcare.api.JointCareApplication;
import org.jointcare.api.demo.DemoDirectory;
import org.jointcare.api.directory.Directory;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.interop.fhir.TransferOfCare;
import org.jointcare.interop.fhir.UkCoreValidator;
import org.jointcare.views.CareRecordEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Doris's discharge from the demo world, fetched as a GP system would (by NHS number, then the
 * document, over real HTTP with the practice's sign-in) and compared field by field with what
 * her care record holds; it and the other FHIR answers about her validated against base R4 and
 * UK Core.
 */
class DemoDischargeAsFhirTest {

    private static final String DORIS_NHS_NUMBER = "9997938348";

    @TempDir
    Path dataDir;

    @Test
    void dorisDischargeSummaryCarriesWhatHerRecordHolds() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JointCareApplication.class).run(
                "--server.port=0",
                "--jointcare.data-dir=" + dataDir.toAbsolutePath(), "--jointcare.demo-data.enabled=true")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/fhir/R4";

            Bundle found = get(base + "/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|" + DORIS_NHS_NUMBER, Bundle.class);
            assertThat(found.getTotal()).isEqualTo(1);
            UUID doris = UUID.fromString(found.getEntryFirstRep().getResource().getIdElement().getIdPart());
            List<CareRecordEvent> record = app.getBean(CareRecordEvents.class).before(doris, Long.MAX_VALUE);
            PersonRegistered registered = only(record, PersonRegistered.class);
            PersonAdmittedToHospital admitted = only(record, PersonAdmittedToHospital.class);
            PersonDischargedFromHospital discharged = only(record, PersonDischargedFromHospital.class);
            DischargeNoticeRaised notice = only(record, DischargeNoticeRaised.class);

            Bundle document = get(base + "/Patient/" + doris + "/$discharge-summary?admission=" + admitted.admissionId(), Bundle.class);
            Composition composition = (Composition) document.getEntryFirstRep().getResource();
            DischargeSummary summary = discharged.summary();

            Patient patient = entry(document, Patient.class);
            assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(registered.nhsNumber().value());
            assertThat(patient.getNameFirstRep().getFamily()).isEqualTo(registered.person().familyName());
            assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo(registered.person().givenName());
            assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo(registered.person().dateOfBirth().toString());

            Encounter encounter = entry(document, Encounter.class);
            assertThat(encounter.getPeriod().getStart().toInstant()).isEqualTo(admitted.admission().admittedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(encounter.getPeriod().getEnd().toInstant()).isEqualTo(summary.dischargedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(composition.getDate().toInstant()).isEqualTo(notice.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

            assertThat(entries(document, Organization.class)).extracting(o -> o.getIdentifierFirstRep().getValue() + " " + o.getName())
                    .contains(notice.practiceCode() + " " + app.getBean(Directory.class).practice(notice.practiceCode()).orElseThrow().name(),
                            admitted.admission().hospitalCode() + " "
                            + admitted.admission().hospitalName());
            assertThat(entry(document, Practitioner.class).getIdentifierFirstRep().getValue()).isEqualTo(discharged.by().userId());
            assertThat(entry(document, Practitioner.class).getNameFirstRep().getText())
                    .isEqualTo(DemoDirectory.DISCHARGE_COORDINATOR.displayName());

            assertThat(section(composition, "Clinical summary")).contains(summary.clinicalSummary());
            assertThat(section(composition, "Information and advice given")).contains(summary.informationGiven());
            for (FollowUpAction action : summary.followUpActions()) {
                assertThat(section(composition, "Plan and requested actions")).contains(action.action());
            }
            assertThat(entries(document, MedicationStatement.class))
                    .extracting(m -> m.getMedicationCodeableConcept().getText() + ": " + m.getDosageFirstRep().getText())
                    .containsExactlyElementsOf(summary.medicationChanges().stream().map(c -> c.medication() + ": " + c.detail()).toList());
            assertThat(section(composition, "Discharge details")).contains(discharged.daysLaterThanPlanned() + " days later than planned");
            assertThat(section(composition, "Social context")).contains(registered.person().carers().get(0).name());
            assertThat(section(composition, "Individual requirements")).contains(registered.person().communicationNeeds());

            // what the endpoint serves conforms to base R4 and UK Core as interop's own exports do
            for (Resource served : List.of(document, found, get(base + "/Patient/" + doris, Patient.class),
                    get(base + "/Patient/" + doris + "/$admission-notice?admission=" + admitted.admissionId(), Bundle.class),
                    get(base + "/CarePlan?subject=Patient/" + doris, Bundle.class))) {
                assertThat(UkCoreValidator.get().problems(served))
                        .as("%s %s:%n%s", served.fhirType(), served.getIdElement().getIdPart(),
                                UkCoreValidator.describe(UkCoreValidator.get().validate(served)))
                        .isEmpty();
            }
        }
    }

    private static <R extends Resource> R get(String url, Class<R> type) throws Exception {
        String credentials = DemoDirectory.GP_SOUTHGATE.userId() + ":" + DemoDirectory.DEMO_PASSWORD;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.replace("|", "%7C")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/fhir+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/fhir+json");
        return TransferOfCare.fhirContext().newJsonParser().parseResource(type, response.body());
    }

    private static <E> E only(List<CareRecordEvent> events, Class<E> type) {
        List<E> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static <R extends Resource> List<R> entries(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    private static <R extends Resource> R entry(Bundle bundle, Class<R> type) {
        return entries(bundle, type).get(0);
    }

    private static String section(Composition composition, String title) {
        return composition.getSection().stream().filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow()
                .getText().getDivAsString();
    }
}
