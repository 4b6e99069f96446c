package org.jointcare.api.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jointcare.api.carerecord.CareRecordVersions;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.CorrelationId;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.views.sharing.SharingQueries;
import org.springframework.stereotype.Service;

/**
 * The gate every request about a person passes: it asks the {@link SharingPolicy}, writes exactly
 * one access-log row for the attempt, allowed or refused, and answers a refusal exactly as it
 * answers an unknown id.
 */
@Service
public class PersonAccess {

    private final SharingQueries facts;
    private final CareRecordVersions versions;
    private final SharingPolicy policy;
    private final AccessLog log;
    private final Clock clock;

    public PersonAccess(SharingQueries facts, CareRecordVersions versions, SharingPolicy policy, AccessLog log, Clock clock) {
        this.facts = facts;
        this.versions = versions;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    /** The person's facts if the professional may reach them for this action; otherwise {@link NoSuchCareRecord}. */
    public SharingFacts reach(CareProfessional who, UUID careRecordId, ApiEndpoint action) {
        return reach(who, careRecordId, action, null);
    }

    /** As {@link #reach(CareProfessional, UUID, ApiEndpoint)}, for a hospital team recording an admission to {@code admittingTo}. */
    public SharingFacts reach(CareProfessional who, UUID careRecordId, ApiEndpoint action, String admittingTo) {
        Optional<SharingFacts> person = facts.factsFor(careRecordId);
        if (person.isEmpty()) {
            record(who, careRecordId, action, "no such care record", AccessLog.Outcome.REFUSED);
            throw new NoSuchCareRecord();
        }
        SharingPolicy.Decision decision = switch (action) {
            case RECORD_CONSENT -> policy.decideConsentChange(who, person.get(), clock.instant());
            case ERASE_CARE_RECORD -> policy.decideErasure(who);
            default -> policy.decide(who, person.get(), clock.instant(), admittingTo);
        };
        record(who, careRecordId, action, decision.basis(),
                decision.allowed() ? AccessLog.Outcome.ALLOWED : AccessLog.Outcome.REFUSED);
        if (!decision.allowed()) {
            throw new NoSuchCareRecord();
        }
        return person.get();
    }

    /**
     * Break-glass: an emergency access request needs no relationship and overrides refused
     * consent; it only needs the record to exist. It is logged here and, once recorded, alerted.
     */
    public SharingFacts reachForEmergency(CareProfessional who, UUID careRecordId, ApiEndpoint action, String reason) {
        Optional<SharingFacts> person = facts.factsFor(careRecordId);
        if (person.isEmpty()) {
            record(who, careRecordId, action, "no such care record", AccessLog.Outcome.REFUSED);
            throw new NoSuchCareRecord();
        }
        record(who, careRecordId, action, "emergency access requested: " + reason, AccessLog.Outcome.ALLOWED);
        return person.get();
    }

    /**
     * The version of a record already reached, for its ETag and to check an If-Match against. The
     * sharing facts do not carry it: the sharing view is not written for every event, the event store is.
     */
    public long versionOf(UUID careRecordId) {
        return versions.currentVersion(careRecordId).orElse(-1L);
    }

    /** For a request that names a practice (a list, or a body): refused unless the professional serves it. */
    public String servePractice(CareProfessional who, String practiceCode, UUID careRecordId, ApiEndpoint action) {
        Optional<String> basis = policy.servesPractice(who, practiceCode);
        record(who, careRecordId, action, basis.orElse("does not serve practice " + practiceCode),
                basis.isPresent() ? AccessLog.Outcome.ALLOWED : AccessLog.Outcome.REFUSED);
        if (basis.isEmpty()) {
            throw new NoSuchCareRecord();
        }
        return basis.get();
    }

    /** For a list of a practice's people: refused as a list ({@link NoSuchList}) unless the professional serves it. */
    public String servePracticeList(CareProfessional who, String practiceCode, ApiEndpoint action) {
        try {
            return servePractice(who, practiceCode, null, action);
        } catch (NoSuchCareRecord refused) {
            throw new NoSuchList();
        }
    }

    /** A refusal decided elsewhere (e.g. a body naming another team), logged like any other. */
    public NoSuchCareRecord refuse(CareProfessional who, UUID careRecordId, ApiEndpoint action, String basis) {
        record(who, careRecordId, action, basis, AccessLog.Outcome.REFUSED);
        return new NoSuchCareRecord();
    }

    public void record(CareProfessional who, UUID careRecordId, ApiEndpoint action, String basis, AccessLog.Outcome outcome) {
        log.append(clock.instant(), who.userId(), who.role().name(), who.organisationCode(), careRecordId, action,
                basis, outcome, CorrelationId.current());
    }

    /**
     * For the statutory return: one row per person it names, with the basis given (the legal duty, not a
     * relationship or consent), in one batch; one row naming no one when it names nobody, so producing it
     * is always logged.
     */
    public void recordReturn(CareProfessional who, List<UUID> people, ApiEndpoint action, String basis) {
        if (people.isEmpty()) {
            record(who, null, action, basis, AccessLog.Outcome.ALLOWED);
            return;
        }
        log.appendAll(clock.instant(), who.userId(), who.role().name(), who.organisationCode(), action,
                people.stream().map(person -> new AccessLog.Attempt(person, basis, AccessLog.Outcome.ALLOWED)).toList(),
                CorrelationId.current());
    }

    /**
     * For a list or search: decides each person found with the {@link SharingPolicy}, writes one
     * access-log row per person (allowed or refused, in one batch) and answers those allowed, in order.
     */
    public List<SharingFacts> reachable(CareProfessional who, List<SharingFacts> found, ApiEndpoint action) {
        return reachable(who, found, action, false);
    }

    /**
     * As {@link #reachable(CareProfessional, List, ApiEndpoint)}, for a lookup by exact NHS number: a
     * hospital team's identity lookup is decided by {@link SharingPolicy#decideIdentityLookup}.
     */
    public List<SharingFacts> lookedUp(CareProfessional who, List<SharingFacts> found, ApiEndpoint action) {
        return reachable(who, found, action, true);
    }

    private List<SharingFacts> reachable(CareProfessional who, List<SharingFacts> found, ApiEndpoint action,
                                               boolean identityLookup) {
        Instant now = clock.instant();
        List<AccessLog.Attempt> attempts = new ArrayList<>(found.size());
        List<SharingFacts> allowed = new ArrayList<>(found.size());
        for (SharingFacts person : found) {
            SharingPolicy.Decision decision = identityLookup
                    ? policy.decideIdentityLookup(who, person, now)
                    : policy.decide(who, person, now);
            attempts.add(new AccessLog.Attempt(person.careRecordId(), decision.basis(),
                    decision.allowed() ? AccessLog.Outcome.ALLOWED : AccessLog.Outcome.REFUSED));
            if (decision.allowed()) {
                allowed.add(person);
            }
        }
        log.appendAll(now, who.userId(), who.role().name(), who.organisationCode(), action, attempts, CorrelationId.current());
        return allowed;
    }

    public SharingPolicy policy() {
        return policy;
    }

    public Clock clock() {
        return clock;
    }
}
