package org.jointcare.api.security;

import java.util.Optional;
import java.util.Set;

import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.NursingTeam;
import org.springframework.stereotype.Component;

/**
 * The application's directory, as security and the sharing rules need it. Which practices a
 * nursing team serves is asked on every district nurse's request, so it is remembered for a
 * minute rather than read each time.
 */
@Component
public class DirectoryProfessionals implements ProfessionalDirectory {

    private static final java.time.Duration TEAMS_REMEMBERED_FOR = java.time.Duration.ofMinutes(1);

    private final Directory directory;
    private final java.time.Clock clock;
    private final java.util.Map<String, ServedPractices> served = new java.util.concurrent.ConcurrentHashMap<>();

    private record ServedPractices(Set<String> practices, java.time.Instant readAt) {
    }

    public DirectoryProfessionals(Directory directory, java.time.Clock clock) {
        this.directory = directory;
        this.clock = clock;
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
        java.time.Instant now = clock.instant();
        ServedPractices known = served.get(nursingTeamCode);
        if (known != null && !known.readAt().plus(TEAMS_REMEMBERED_FOR).isBefore(now) && !known.readAt().isAfter(now)) {
            return known.practices();
        }
        Set<String> practices = directory.team(nursingTeamCode).map(NursingTeam::practicesServed).orElse(Set.of());
        if (served.size() > 10_000) {
            served.clear();
        }
        served.put(nursingTeamCode, new ServedPractices(practices, now));
        return practices;
    }
}
