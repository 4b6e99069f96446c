package org.jointcare.api.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jointcare.api.access.AccessLog;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.api.security.SignInAction;
import org.jointcare.api.web.CorrelationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords on the sign-in page: after {@code max-failures} wrong passwords in
 * a row for one user id, that id is locked for {@code lock-for}, whatever password is tried, and the
 * lock is written to the access log. The count is kept per node, in memory (a restart forgets it;
 * several nodes each count their own): enough to turn thousands of guesses into a handful.
 * An unknown user id is counted like a known one, so the lock tells nothing about who exists.
 */
@Component
public class SignInAttempts {

    private record Failures(int count, Instant lockedUntil) {
    }

    /** Bounded so a flood of made-up user ids cannot fill the memory. */
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final AccessLog log;
    private final ProfessionalDirectory directory;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    public SignInAttempts(AccessLog log, ProfessionalDirectory directory, Clock clock,
                          @Value("${jointcare.pages.sign-in.max-failures:5}") int maxFailures,
                          @Value("${jointcare.pages.sign-in.lock-for:15m}") Duration lockFor) {
        this.log = log;
        this.directory = directory;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    /** The directory's check, behind the lock. */
    public AuthenticationProvider guarding(AuthenticationProvider checkPassword) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                String userId = key(attempt.getName());
                Instant now = clock.instant();
                Failures before = failures.get(userId);
                if (before != null && before.lockedUntil() != null && now.isBefore(before.lockedUntil())) {
                    write(userId, SignInAction.SIGN_IN_WHILE_LOCKED,
                            "sign-in refused: locked until " + before.lockedUntil() + " after repeated wrong passwords");
                    throw new LockedException("locked");
                }
                try {
                    Authentication signedIn = checkPassword.authenticate(attempt);
                    failures.remove(userId);
                    return signedIn;
                } catch (BadCredentialsException wrong) {
                    failed(userId, now);
                    throw wrong;
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return checkPassword.supports(authentication);
            }
        };
    }

    private void failed(String userId, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.clear();
        }
        Failures after = failures.compute(userId, (id, was) -> {
            int count = (was == null || was.lockedUntil() != null ? 0 : was.count()) + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockFor) : null);
        });
        if (after.lockedUntil() != null) {
            write(userId, SignInAction.SIGN_IN_LOCKED,
                    after.count() + " wrong passwords in a row: locked until " + after.lockedUntil());
        }
    }

    /** The row names the professional's role and organisation when the id is theirs, UNKNOWN otherwise. */
    private void write(String userId, SignInAction action, String basis) {
        CareProfessional who = directory.account(userId).map(ProfessionalDirectory.ProfessionalAccount::professional)
                .orElse(null);
        String id = userId.length() > 64 ? userId.substring(0, 64) : userId;
        log.append(clock.instant(), id, who == null ? "UNKNOWN" : who.role().name(),
                who == null ? "UNKNOWN" : who.organisationCode(), null, action, basis, AccessLog.Outcome.REFUSED,
                CorrelationId.current());
    }

    /** Whether the id is locked now (for the sign-in page's message). */
    public boolean locked(String userId) {
        Failures now = failures.get(key(userId));
        return now != null && now.lockedUntil() != null && clock.instant().isBefore(now.lockedUntil());
    }

    private static String key(String userId) {
        return userId == null ? "" : userId.trim().toLowerCase(Locale.ROOT);
    }
}
