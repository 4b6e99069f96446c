package org.jointcare.api.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.carerecord.Role;
import org.jointcare.views.sharing.EmergencyAccessGrant;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.DischargeCorrectionPolicy;
import org.jointcare.views.sharing.SharingScope;
import org.springframework.stereotype.Component;

/**
 * Whether a professional may reach a person's record: the sharing rules of the shared record.
 * <ul>
 * <li>GP practice staff reach the people registered at their practice;</li>
 * <li>a linkworker reaches the people of the practices they are attached to, and anyone whose
 * referral was allocated to them;</li>
 * <li>a district nurse reaches the people on their team's caseload and those registered at a
 * practice their team serves;</li>
 * <li>a hospital discharge team reaches people with an open admission at their trust, and, for the
 * correction window after its team recorded their discharge ({@link DischargeCorrectionPolicy}: 7
 * days), the people it discharged, to correct the discharge summary it wrote;</li>
 * <li>commissioners and privacy officers never reach a person's record.</li>
 * </ul>
 * Consent refused hides the record from everyone outside the organisation that recorded it, except
 * that the person's registered practice may reach it to record their later decision
 * ({@link #decideConsentChange}). A
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

    public Decision decide(CareProfessional who, SharingFacts person, Instant now) {
        return decide(who, person, now, (String) null);
    }

    /**
     * @param admittingTo when a hospital team is recording an admission, the hospital code of that
     *                    admission: recording it is what makes the relationship
     */
    public Decision decide(CareProfessional who, SharingFacts person, Instant now, String admittingTo) {
        return decideOn(who, person, now, relationship(who, person, now, admittingTo));
    }

    /**
     * Recording the person's consent decision. After a refusal the person tells whoever they see,
     * and their registered practice holds their lifelong record: it may reach the record to record
     * the later decision (the care record enforces that only it and the refusing organisation may).
     * Everyone else is decided as for any request.
     */
    public Decision decideConsentChange(CareProfessional who, SharingFacts person, Instant now) {
        if (person.consentDecision() == ConsentDecision.REFUSED && who.role() == Role.GP_PRACTICE
                && who.organisationCode().equals(person.registeredPracticeCode())
                && !who.organisationCode().equals(person.consentRecordedByOrganisationCode())) {
            return Decision.allowedOn("registered at practice " + person.registeredPracticeCode()
                    + ", recording the person's decision after a refusal recorded by " + person.consentRecordedByOrganisationCode());
        }
        return decide(who, person, now);
    }

    /**
     * Erasing a record: the privacy officer never reaches a person's record to read it, but is the
     * one who may erase it (the care record checks the ground). Nobody else reaches it for this.
     */
    public Decision decideErasure(CareProfessional who) {
        return who.role() == Role.PRIVACY_OFFICER
                ? Decision.allowedOn("privacy officer erasing the record (the care record checks the ground)")
                : Decision.refusedFor("only the privacy officer erases a record");
    }

    /**
     * A hospital team must find the person in front of them, by exact NHS number, before it can
     * record the admission that relates it to them: that lookup is its relationship, for identity
     * only. Every other role looks people up on its usual relationships. Either way the lookup is
     * decided like any read: refused consent hides the person outside the recording organisation,
     * unless the professional holds emergency access.
     */
    public Decision decideIdentityLookup(CareProfessional who, SharingFacts person, Instant now) {
        Optional<String> relationship = who.role() == Role.HOSPITAL_DISCHARGE_TEAM
                ? Optional.of(IDENTITY_LOOKUP)
                : relationship(who, person, now, null);
        return decideOn(who, person, now, relationship);
    }

    static final String IDENTITY_LOOKUP = "identity lookup by NHS number by a hospital team, to record an admission";

    private Decision decideOn(CareProfessional who, SharingFacts person, Instant now, Optional<String> relationship) {
        Optional<EmergencyAccessGrant> grant = person.emergencyAccessFor(who.userId(), now);
        if (grant.isPresent()) {
            return Decision.allowedOn("emergency access until " + grant.get().expiresAt() + ": " + grant.get().reason());
        }
        if (relationship.isEmpty()) {
            return Decision.refusedFor(who.role() == Role.COMMISSIONER || who.role() == Role.PRIVACY_OFFICER
                    ? "role never reaches a person's record"
                    : "no relationship with the person");
        }
        if (person.consentRefused()
                && !who.organisationCode().equals(person.consentRecordedByOrganisationCode())) {
            return Decision.refusedFor("consent to share refused (recorded by " + person.consentRecordedByOrganisationCode()
                    + "); relationship: " + relationship.get());
        }
        String consent = person.consentDecision() == null ? "consent not recorded" : "consent " + person.consentDecision().name().toLowerCase();
        return Decision.allowedOn(relationship.get() + "; " + consent);
    }

    private Optional<String> relationship(CareProfessional who, SharingFacts person, Instant now, String admittingTo) {
        SharingScope scope = scopeOf(who);
        String practice = person.registeredPracticeCode();
        if (scope.nursingTeamCode() != null && scope.nursingTeamCode().equals(person.nursingTeamCode())) {
            return Optional.of("on nursing team " + scope.nursingTeamCode() + "'s caseload");
        }
        if (practice != null && scope.practiceCodes().contains(practice)) {
            return Optional.of(servingPractice(who, scope, practice));
        }
        if (scope.linkworkerUserId() != null && scope.linkworkerUserId().equals(person.allocatedLinkworkerUserId())) {
            return Optional.of("allocated linkworker");
        }
        if (scope.hospitalCode() != null && person.openAdmission() != null
                && scope.hospitalCode().equals(person.openAdmission().hospitalCode())) {
            return Optional.of("open admission at " + scope.hospitalCode());
        }
        SharingFacts.LastDischarge discharge = person.lastDischarge();
        if (scope.hospitalCode() != null && discharge != null && scope.hospitalCode().equals(discharge.hospitalCode())
                && DischargeCorrectionPolicy.open(discharge.recordedAt(), now)) {
            return Optional.of("discharged by " + scope.hospitalCode() + ", which may correct the summary until "
                    + DischargeCorrectionPolicy.closesAt(discharge.recordedAt()));
        }
        if (scope.hospitalCode() != null && scope.hospitalCode().equals(admittingTo)) {
            return Optional.of("admitting to " + admittingTo);
        }
        return Optional.empty();
    }

    /**
     * The people this professional's work relates them to, on each axis the rules above name: the
     * one derivation of a professional's relationships, which {@link #decide} checks a person
     * against and which searches hand to the database so they only ever read people in it.
     */
    public SharingScope scopeOf(CareProfessional who) {
        return switch (who.role()) {
            case GP_PRACTICE -> SharingScope.ofPractices(Set.of(who.organisationCode()));
            case LINKWORKER -> new SharingScope(who.attachedPracticeCodes(), who.userId(), null, null, null, null);
            case DISTRICT_NURSE -> {
                String team = nursingTeamOf(who);
                yield new SharingScope(directory.practicesServedBy(team), null, team, null, null, null);
            }
            case HOSPITAL_DISCHARGE_TEAM -> new SharingScope(Set.of(), null, null, who.organisationCode(), null, null);
            case COMMISSIONER, PRIVACY_OFFICER -> SharingScope.NOBODY;
        };
    }

    /**
     * What a search by this professional may read at that instant: their {@link #scopeOf scope},
     * and the people they hold emergency access to then. Each person found is still decided by
     * {@link #decide}, so refused consent hides them as it does on a read by id.
     */
    public SharingScope searchScope(CareProfessional who, Instant now) {
        SharingScope scope = scopeOf(who);
        return scope.reachesNoOne() ? scope : scope.withEmergencyAccessOf(who.userId(), now);
    }

    /** A district nurse's team: the one the directory names, else their organisation (a team code). */
    public static String nursingTeamOf(CareProfessional who) {
        return who.nursingTeamCode() == null ? who.organisationCode() : who.nursingTeamCode();
    }

    private static String servingPractice(CareProfessional who, SharingScope scope, String practice) {
        return switch (who.role()) {
            case GP_PRACTICE -> "registered at practice " + practice;
            case LINKWORKER -> "attached to practice " + practice;
            case DISTRICT_NURSE -> "practice " + practice + " served by nursing team " + scope.nursingTeamCode();
            case HOSPITAL_DISCHARGE_TEAM, COMMISSIONER, PRIVACY_OFFICER -> "practice " + practice;
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
        SharingScope scope = scopeOf(who);
        if (!scope.practiceCodes().contains(practiceCode)) {
            return Optional.empty();
        }
        return Optional.of(who.role() == Role.GP_PRACTICE ? "staff of practice " + practiceCode
                : servingPractice(who, scope, practiceCode));
    }
}
