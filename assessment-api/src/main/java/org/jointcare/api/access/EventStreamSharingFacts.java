package org.jointcare.api.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.springframework.stereotype.Component;

/**
 * Sharing facts read straight from the person's own event stream, so a decision about access is
 * never behind the record: consent withdrawn a moment ago already counts. Reads from sequence 0,
 * which skips snapshots (a snapshot holds the aggregate's state, not these facts).
 */
@Component
public class EventStreamSharingFacts implements SharingFactsSource {

    private final EventStore events;

    public EventStreamSharingFacts(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<PersonSharingFacts> factsFor(UUID careRecordId) {
        DomainEventStream stream = events.readEvents(careRecordId.toString(), 0);
        Fold fold = new Fold(careRecordId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            fold.version = event.getSequenceNumber();
            fold.apply(event.getPayload());
        }
        return fold.registered ? Optional.of(fold.facts()) : Optional.empty();
    }

    private static final class Fold {
        private final UUID careRecordId;
        private boolean registered;
        private long version = -1;
        private String nhsNumber;
        private String givenName;
        private String familyName;
        private LocalDate dateOfBirth;
        private String practice;
        private String locality;
        private final Set<String> linkworkers = new HashSet<>();
        private String nursingTeam;
        private PersonSharingFacts.OpenAdmission openAdmission;
        private ConsentDecision consent;
        private String consentOrganisation;
        private final List<PersonSharingFacts.EmergencyGrant> grants = new ArrayList<>();
        private boolean closed;

        Fold(UUID careRecordId) {
            this.careRecordId = careRecordId;
        }

        void apply(Object payload) {
            if (payload instanceof PersonRegistered e) {
                registered = true;
                nhsNumber = e.nhsNumber() == null ? null : e.nhsNumber().value();
                givenName = e.person().givenName();
                familyName = e.person().familyName();
                dateOfBirth = e.person().dateOfBirth();
                practice = e.person().registeredPracticeCode();
                locality = e.person().locality();
            } else if (payload instanceof ReferralAccepted e) {
                linkworkers.add(e.linkworkerUserId());
            } else if (payload instanceof NursingTeamAssigned e) {
                nursingTeam = e.nursingTeamCode();
            } else if (payload instanceof PersonAdmittedToHospital e) {
                openAdmission = new PersonSharingFacts.OpenAdmission(e.admissionId(), e.admission().hospitalCode());
            } else if (payload instanceof PersonDischargedFromHospital e) {
                if (openAdmission != null && openAdmission.admissionId().equals(e.admissionId())) {
                    openAdmission = null;
                }
            } else if (payload instanceof ConsentRecorded e) {
                consent = e.decision();
                consentOrganisation = e.by().organisationCode();
            } else if (payload instanceof EmergencyAccessGranted e) {
                grants.add(new PersonSharingFacts.EmergencyGrant(e.accessId(), e.by().userId(), e.reason(), e.expiresAt()));
            } else if (payload instanceof CareRecordClosed) {
                closed = true;
            } else if (payload instanceof CareRecordReopened) {
                closed = false;
            }
        }

        PersonSharingFacts facts() {
            return new PersonSharingFacts(careRecordId, version, nhsNumber, givenName, familyName, dateOfBirth,
                    practice, locality, linkworkers, nursingTeam, openAdmission, consent, consentOrganisation,
                    grants, closed);
        }
    }

}
