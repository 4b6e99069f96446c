package org.jointcare.api.security;

import java.util.Optional;
import java.util.Set;

import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.NursingTeam;
import org.springframework.stereotype.Component;

/** The application's directory, as security and the sharing rules need it. */
@Component
public class DirectoryProfessionals implements ProfessionalDirectory {

    private final Directory directory;

    public DirectoryProfessionals(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<ProfessionalAccount> account(String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            return Optional.empty();
        }
        return directory.professional(userId).map(p -> new ProfessionalAccount(
                new CareProfessional(p.userId(), p.displayName(), p.role(), p.organisationCode(),
                        p.attachedPracticeCodes(), p.nursingTeamCode()),
                p.passwordHash()));
    }

    @Override
    public Set<String> practicesServedBy(String nursingTeamCode) {
        if (nursingTeamCode == null) {
            return Set.of();
        }
        return directory.team(nursingTeamCode).map(NursingTeam::practicesServed).orElse(Set.of());
    }
}
