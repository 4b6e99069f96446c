package org.jointcare.interop.fhir;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;

/**
 * A person's care record as FHIR R4 (UK Core): the discharge summary and the admission notice
 * as documents, the care package as a CarePlan, a referral as a ServiceRequest and the person as
 * a Patient. Each is built from the person's events, in order.
 * <p>
 * A notice is a document fixed when it was raised: it is built from the events up to and
 * including the one that raised it (for a discharge summary, up to its last correction, which is a
 * new version of the document with its own Bundle id), so it is the same document, byte for byte,
 * whenever it is exported, whatever else happened to the person afterwards. The plan, the referral and the person
 * are as they stand now.
 */
public final class TransferOfCare {

    private static final FhirContext R4 = FhirContext.forR4Cached();

    private final CareRecordResources resources;
    private final DischargeSummaries dischargeSummaries;
    private final AdmissionNotices admissionNotices;
    private final CarePlans carePlans;
    private final Referrals referrals;

    public TransferOfCare(DirectoryNames names) {
        this.resources = new CareRecordResources(names);
        this.dischargeSummaries = new DischargeSummaries(resources);
        this.admissionNotices = new AdmissionNotices(resources);
        this.carePlans = new CarePlans(resources);
        this.referrals = new Referrals(resources);
    }

    public static FhirContext fhirContext() {
        return R4;
    }

    /** The resource as FHIR JSON. */
    public static String json(IBaseResource resource) {
        return R4.newJsonParser().encodeResourceToString(resource);
    }

    /**
     * The discharge summary of that admission's discharge notice, as last corrected (a correction is a
     * new version of the document: the amended notice); empty if no notice was raised for it.
     */
    public Optional<Bundle> dischargeSummary(UUID careRecordId, List<? extends CareRecordEvent> events, UUID admissionId) {
        return upToLast(events, e -> e instanceof DischargeNoticeRaised raised && raised.admissionId().equals(admissionId),
                e -> e instanceof DischargeSummaryCorrected corrected && corrected.admissionId().equals(admissionId))
                .flatMap(stream -> dischargeSummaries.build(PersonJourney.of(careRecordId, stream), admissionId));
    }

    /**
     * One version of that admission's discharge summary, as one message carries it at every attempt: as the
     * notice first raised it ({@code correctedAt} null), or as the correction made at {@code correctedAt} left it
     * (to the millisecond). Empty if there is no such notice or correction.
     */
    public Optional<Bundle> dischargeSummaryVersion(UUID careRecordId, List<? extends CareRecordEvent> events, UUID admissionId,
                                                    Instant correctedAt) {
        Predicate<CareRecordEvent> version = correctedAt == null
                ? e -> e instanceof DischargeNoticeRaised raised && raised.admissionId().equals(admissionId)
                : e -> e instanceof DischargeSummaryCorrected corrected && corrected.admissionId().equals(admissionId)
                        && corrected.at().truncatedTo(ChronoUnit.MILLIS).equals(correctedAt.truncatedTo(ChronoUnit.MILLIS));
        return upTo(events, version).flatMap(stream -> dischargeSummaries.build(PersonJourney.of(careRecordId, stream), admissionId));
    }

    /** The events up to the last that {@code later} matches after the first that {@code first} matches, else up to that first. */
    private static Optional<List<? extends CareRecordEvent>> upToLast(List<? extends CareRecordEvent> events,
                                                                      Predicate<CareRecordEvent> first,
                                                                      Predicate<CareRecordEvent> later) {
        return upTo(events, first).map(upToFirst -> {
            int end = upToFirst.size();
            for (int i = end; i < events.size(); i++) {
                if (later.test(events.get(i))) {
                    end = i + 1;
                }
            }
            return events.subList(0, end);
        });
    }

    /** The admission notice of that admission; empty if there was no such admission. */
    public Optional<Bundle> admissionNotice(UUID careRecordId, List<? extends CareRecordEvent> events, UUID admissionId) {
        return upTo(events, e -> e instanceof PersonAdmittedToHospital admitted && admitted.admissionId().equals(admissionId))
                .flatMap(stream -> admissionNotices.build(PersonJourney.of(careRecordId, stream), admissionId));
    }

    /** The care package in force (else the last one arranged) as a CarePlan; empty if none was ever arranged. */
    public Optional<CarePlan> carePlan(UUID careRecordId, List<? extends CareRecordEvent> events) {
        return carePlans.build(PersonJourney.of(careRecordId, events));
    }

    public Optional<ServiceRequest> referral(UUID careRecordId, List<? extends CareRecordEvent> events, UUID referralId) {
        return referrals.build(PersonJourney.of(careRecordId, events), referralId);
    }

    public Optional<Patient> patient(UUID careRecordId, List<? extends CareRecordEvent> events) {
        return PersonJourney.of(careRecordId, events).registration().map(resources::patient);
    }

    private static Optional<List<? extends CareRecordEvent>> upTo(List<? extends CareRecordEvent> events,
                                                                  Predicate<CareRecordEvent> last) {
        for (int i = 0; i < events.size(); i++) {
            if (last.test(events.get(i))) {
                return Optional.of(events.subList(0, i + 1));
            }
        }
        return Optional.empty();
    }
}
