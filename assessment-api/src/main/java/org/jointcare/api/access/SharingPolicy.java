package org.jointcare.api.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.springframework.stereotype.Component;

/**
 * Whether a professional may reach a person's record: the sharing rules of the shared record.
 * <ul>
 * <li>GP practice staff reach the people registered at their practice;</li>
 * <li>a linkworker reaches the people of the practices they are attached to, and anyone whose
 * referral was allocated to them;</li>
 * <li>a district nurse reaches the people on their team's caseload and those registered at a
 * practice their team serves;</li>
 * <li>a hospital discharge team reaches people with an open admission at their trust;</li>
 * <li>commissioners and privacy officers never reach a person's record.</li>
 * </ul>
 * Consent refused hides the record from everyone outside the organisation that recorded it. A
 * valid emergency access grant, recorded on the record and alerted to the privacy officer,
 * reaches it whatever the relationship or consent, until it expires.
 */
@Component
public class SharingPolicy {

    private final ProfessionalDirectory directory;

    public SharingPolicy(ProfessionalDirectory directory) {
        this.directory = directory;
    }

    /** The decision and the basis it rests on, as written to the access log. */
    public record Decision(boolean allowed, String basis) {
        static Decision allowedOn(String basis) {
            return new Decision(true, basis);
        }

        static Decision refusedFor(String basis) {
            return new Decision(false, basis);
        }
    }

    public Decision decide(CareProfessional who, PersonSharingFacts person, Instant now) {
        return decide(who, person, now, null);
    }

    /**
     * @param admittingTo when a hospital team is recording an admission, the hospital code of that
     *                    admission: recording it is what makes the relationship
     */
    public Decision decide(CareProfessional who, PersonSharingFacts person, Instant now, String admittingTo) {
        Optional<PersonSharingFacts.EmergencyGrant> grant = person.emergencyGrants().stream()
                .filter(g -> g.userId().equals(who.userId()) && g.validAt(now))
                .findFirst();
        if (grant.isPresent()) {
            return Decision.allowedOn("emergency access until " + grant.get().expiresAt() + ": " + grant.get().reason());
        }
        Optional<String> relationship = relationship(who, person, admittingTo);
        if (relationship.isEmpty()) {
            return Decision.refusedFor(who.role() == Role.COMMISSIONER || who.role() == Role.PRIVACY_OFFICER
                    ? "role never reaches a person's record"
                    : "no relationship with the person");
        }
        if (person.consent() == ConsentDecision.REFUSED
                && !who.organisationCode().equals(person.consentRecordedByOrganisation())) {
            return Decision.refusedFor("consent to share refused (recorded by " + person.consentRecordedByOrganisation()
                    + "); relationship: " + relationship.get());
        }
        String consent = person.consent() == null ? "consent not recorded" : "consent " + person.consent().name().toLowerCase();
        return Decision.allowedOn(relationship.get() + "; " + consent);
    }

    private Optional<String> relationship(CareProfessional who, PersonSharingFacts person, String admittingTo) {
        String practice = person.registeredPracticeCode();
        return switch (who.role()) {
            case GP_PRACTICE -> who.organisationCode().equals(practice)
                    ? Optional.of("registered at practice " + practice) : Optional.empty();
            case LINKWORKER -> {
                if (who.attachedPracticeCodes().contains(practice)) {
                    yield Optional.of("attached to practice " + practice);
                }
                yield person.allocatedLinkworkerUserIds().contains(who.userId())
                        ? Optional.of("allocated linkworker") : Optional.empty();
            }
            case DISTRICT_NURSE -> {
                String team = who.nursingTeamCode() == null ? who.organisationCode() : who.nursingTeamCode();
                if (team.equals(person.nursingTeamCode())) {
                    yield Optional.of("on nursing team " + team + "'s caseload");
                }
                yield directory.practicesServedBy(team).contains(practice)
                        ? Optional.of("practice " + practice + " served by nursing team " + team) : Optional.empty();
            }
            case HOSPITAL_DISCHARGE_TEAM -> {
                if (person.openAdmission() != null && who.organisationCode().equals(person.openAdmission().hospitalCode())) {
                    yield Optional.of("open admission at " + who.organisationCode());
                }
                yield who.organisationCode().equals(admittingTo)
                        ? Optional.of("admitting to " + admittingTo) : Optional.empty();
            }
            case COMMISSIONER, PRIVACY_OFFICER -> Optional.empty();
        };
    }

    /**
     * Whether the professional serves people registered at this practice: for registering a person
     * there and for listing the practice's people.
     */
    public Optional<String> servesPractice(CareProfessional who, String practiceCode) {
        if (practiceCode == null) {
            return Optional.empty();
        }
        return switch (who.role()) {
            case GP_PRACTICE -> who.organisationCode().equals(practiceCode)
                    ? Optional.of("staff of practice " + practiceCode) : Optional.empty();
            case LINKWORKER -> who.attachedPracticeCodes().contains(practiceCode)
                    ? Optional.of("attached to practice " + practiceCode) : Optional.empty();
            case DISTRICT_NURSE -> {
                String team = who.nursingTeamCode() == null ? who.organisationCode() : who.nursingTeamCode();
                Set<String> served = directory.practicesServedBy(team);
                yield served.contains(practiceCode)
                        ? Optional.of("practice " + practiceCode + " served by nursing team " + team) : Optional.empty();
            }
            case HOSPITAL_DISCHARGE_TEAM, COMMISSIONER, PRIVACY_OFFICER -> Optional.empty();
        };
    }
}
