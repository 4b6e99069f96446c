package org.jointcare.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.referral.Requester;

/** A referral to the joint health and social care team as a ServiceRequest, with where it stands now. */
final class Referrals {

    static final String PATIENT_REFERRAL = "3457005";

    private final CareRecordResources resources;

    Referrals(CareRecordResources resources) {
        this.resources = resources;
    }

    Optional<ServiceRequest> build(PersonJourney journey, UUID referralId) {
        Optional<PersonJourney.Referral> found = journey.referral(referralId);
        if (journey.registration().isEmpty() || found.isEmpty()) {
            return Optional.empty();
        }
        PersonJourney.Referral referral = found.get();
        ReferralReceived received = referral.received();
        ServiceRequest request = Fhir.profiled(new ServiceRequest(), "ServiceRequest");
        request.setId(referralId.toString());
        request.addIdentifier().setSystem("urn:ietf:rfc:3986").setValue(StableIds.urn(referralId.toString()));
        request.setStatus(status(referral));
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addCategory(Fhir.snomed(PATIENT_REFERRAL, "Patient referral"));
        request.setCode(Fhir.text("Help from the joint health and social care team"));
        request.setPriority(priority(received));
        request.setSubject(new Reference("Patient/" + journey.careRecordId()).setDisplay(resources.patientDisplay(journey)));
        request.setAuthoredOnElement(Fhir.dateTime(received.at()));
        request.setRequester(requester(received));
        if (DischargeSummaries.present(received.reason())) {
            request.addReasonCode(Fhir.text(received.reason()));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Referred by " + request.getRequester().getDisplay() + " (" + Fhir.words(received.source()).toLowerCase(Locale.UK)
                + "), " + Fhir.words(received.urgency()).toLowerCase(Locale.UK) + ": " + received.reason());
        lines.add("To be answered by " + Fhir.dateTime(received.respondBy()).getValueAsString());
        if (referral.accepted() != null) {
            String linkworker = referral.accepted().linkworkerUserId();
            request.addPerformer(new Reference().setIdentifier(Fhir.user(linkworker)).setDisplay(resources.professionalDisplay(linkworker)));
            lines.add("Accepted " + Fhir.dateTime(referral.accepted().at()).getValueAsString() + " and allocated to "
                    + resources.professionalDisplay(linkworker));
        }
        if (referral.closed() != null) {
            String closure = Fhir.words(referral.closed().closure()) + (DischargeSummaries.present(referral.closed().reason())
                    ? ": " + referral.closed().reason() : "");
            request.addNote().setText(closure);
            lines.add("Closed " + Fhir.dateTime(referral.closed().at()).getValueAsString() + ". " + closure);
        }
        if (referral.assessed() != null) {
            lines.add("Joint assessment completed " + Fhir.dateTime(referral.assessed().at()).getValueAsString());
        }
        request.setText(Fhir.narrative(lines));
        return Optional.of(request);
    }

    private Reference requester(ReferralReceived received) {
        Requester requester = received.requester();
        Reference reference = new Reference();
        String name = requester != null && DischargeSummaries.present(requester.name()) ? requester.name()
                : resources.professionalDisplay(received.by().userId());
        if (requester != null && requester.organisationCode() != null) {
            reference.setIdentifier(Fhir.ods(requester.organisationCode()));
            name = name + ", " + resources.organisationDisplay(requester.organisationCode());
        }
        return reference.setDisplay(name);
    }

    /** Declined or withdrawn ends a request before it was carried out; every other answer completes it. */
    private static ServiceRequest.ServiceRequestStatus status(PersonJourney.Referral referral) {
        if (referral.closed() != null) {
            ReferralClosure closure = referral.closed().closure();
            return closure == ReferralClosure.DECLINED || closure == ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE
                    ? ServiceRequest.ServiceRequestStatus.REVOKED
                    : ServiceRequest.ServiceRequestStatus.COMPLETED;
        }
        return referral.assessed() != null ? ServiceRequest.ServiceRequestStatus.COMPLETED : ServiceRequest.ServiceRequestStatus.ACTIVE;
    }

    /** FHIR orders its priorities routine < urgent < asap: an urgent referral (a day) is asap, a soon one (a week) urgent. */
    private static ServiceRequest.ServiceRequestPriority priority(ReferralReceived received) {
        return switch (received.urgency()) {
            case URGENT -> ServiceRequest.ServiceRequestPriority.ASAP;
            case SOON -> ServiceRequest.ServiceRequestPriority.URGENT;
            case ROUTINE -> ServiceRequest.ServiceRequestPriority.ROUTINE;
        };
    }
}
