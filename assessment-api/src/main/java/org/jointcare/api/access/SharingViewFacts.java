package org.jointcare.api.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.carerecord.CareRecordVersions;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.views.sharing.SharingScope;
import org.jointcare.views.sharing.SharingView;
import org.springframework.stereotype.Component;

/**
 * The sharing facts from the sharing view (subscribing, so written with the command's own
 * events) and the record's version from the event store. Lists carry version -1: a list entry
 * never answers with an ETag.
 */
@Component
public class SharingViewFacts implements SharingFactsSource {

    private final SharingView view;
    private final CareRecordVersions versions;

    public SharingViewFacts(SharingView view, CareRecordVersions versions) {
        this.view = view;
        this.versions = versions;
    }

    @Override
    public Optional<PersonSharingFacts> factsFor(UUID careRecordId) {
        return view.factsFor(careRecordId).map(facts ->
                convert(facts, versions.currentVersion(careRecordId).orElse(-1L)));
    }

    @Override
    public Optional<PersonSharingFacts> factsForDecision(UUID careRecordId) {
        return view.factsFor(careRecordId).map(facts -> convert(facts, -1));
    }

    @Override
    public List<PersonSharingFacts> findByNhsNumber(String nhsNumber) {
        return view.findByNhsNumber(nhsNumber).stream().map(f -> convert(f, -1)).toList();
    }

    @Override
    public List<PersonSharingFacts> search(SharingScope scope, String familyName, LocalDate dateOfBirth, int page, int size) {
        return view.search(scope, familyName, dateOfBirth, page, size).stream().map(f -> convert(f, -1)).toList();
    }

    @Override
    public List<PersonSharingFacts> registeredAt(Set<String> practiceCodes, int page, int size) {
        return view.registeredAt(practiceCodes, page, size).stream().map(f -> convert(f, -1)).toList();
    }

    @Override
    public List<PersonSharingFacts> admittedTo(String hospitalCode, int page, int size) {
        return view.admittedTo(hospitalCode, page, size).stream().map(f -> convert(f, -1)).toList();
    }

    @Override
    public List<PersonSharingFacts> consentRefusedOutside(SharingScope scope, String organisationCode) {
        return view.consentRefusedOutside(scope, organisationCode).stream().map(f -> convert(f, -1)).toList();
    }

    static PersonSharingFacts convert(SharingFacts facts, long version) {
        return new PersonSharingFacts(facts.careRecordId(), version, facts.nhsNumber(), facts.givenName(),
                facts.familyName(), facts.dateOfBirth(), facts.registeredPracticeCode(), facts.locality(),
                facts.allocatedLinkworkerUserId() == null ? Set.of() : Set.of(facts.allocatedLinkworkerUserId()),
                facts.nursingTeamCode(),
                facts.openAdmission() == null ? null : new PersonSharingFacts.OpenAdmission(
                        facts.openAdmission().admissionId(), facts.openAdmission().hospitalCode()),
                facts.consentDecision(), facts.consentRecordedByOrganisationCode(),
                facts.emergencyAccessGrants().stream().map(grant -> new PersonSharingFacts.EmergencyGrant(
                        grant.accessId(), grant.userId(), grant.reason(), grant.grantedAt(), grant.expiresAt())).toList(),
                facts.closed());
    }
}
