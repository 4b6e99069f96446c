package org.jointcare.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jointcare.testsupport.TestClock;
import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bcrypt runs once per set of credentials, not once per request: the API must answer a thousand
 * requests a second, and one bcrypt check takes tens of milliseconds.
 */
class VerifiedCredentialsCacheTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private volatile long slowBcrypt;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            sleep(slowBcrypt); // as long as a real cost-10 check on a busy machine, when a test asks
            return bcrypt.matches(raw, encoded);
        }
    };
    private final CareProfessional nurse = new CareProfessional("dn.north", "Grace Mbeki", Role.DISTRICT_NURSE,
            "DN-NORTH", Set.of(), "DN-NORTH");
    private final Map<String, String> hashes = new java.util.HashMap<>(Map.of("dn.north", bcrypt.encode("right")));
    private final ProfessionalDirectory directory = new ProfessionalDirectory() {
        @Override
        public Optional<ProfessionalAccount> account(String userId) {
            return Optional.ofNullable(hashes.get(userId)).map(hash -> new ProfessionalAccount(nurse, hash));
        }

        @Override
        public Set<String> practicesServedBy(String nursingTeamCode) {
            return Set.of();
        }
    };
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final DirectoryAuthenticationProvider provider = new DirectoryAuthenticationProvider(directory, countingEncoder, clock);

    @Test
    void theSameCredentialsAreCheckedAgainstBcryptOnlyOnce() {
        bcryptChecks.set(0);
        for (int i = 0; i < 100; i++) {
            Authentication signedIn = provider.authenticate(basic("dn.north", "right"));
            assertThat(signedIn.getPrincipal()).isEqualTo(nurse);
            assertThat(signedIn.getCredentials()).isNull();
        }
        assertThat(bcryptChecks.get()).isEqualTo(1);
    }

    @Test
    void requestsArrivingTogetherWithTheSameCredentialsShareOneBcryptCheck() throws Exception {
        slowBcrypt = 1_000;
        bcryptChecks.set(0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Authentication>> right = new java.util.ArrayList<>();
            java.util.List<java.util.concurrent.Future<Authentication>> wrong = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                right.add(pool.submit(() -> { start.await(); return provider.authenticate(basic("dn.north", "right")); }));
                wrong.add(pool.submit(() -> { start.await(); return provider.authenticate(basic("dn.north", "wrong")); }));
            }
            start.countDown();
            for (var signedIn : right) {
                assertThat(signedIn.get(10, java.util.concurrent.TimeUnit.SECONDS).getPrincipal()).isEqualTo(nurse);
            }
            for (var refused : wrong) {
                assertThatThrownBy(() -> refused.get(10, java.util.concurrent.TimeUnit.SECONDS))
                        .cause().isInstanceOf(BadCredentialsException.class);
            }
        } finally {
            pool.shutdownNow();
        }
        // one check for the right password, one for the wrong one, however many asked at once
        assertThat(bcryptChecks.get()).isEqualTo(2);
        slowBcrypt = 0;
        assertThatThrownBy(() -> provider.authenticate(basic("dn.north", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(bcryptChecks.get()).as("a wrong password is still never remembered").isEqualTo(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWrongPasswordIsNeverRemembered() {
        provider.authenticate(basic("dn.north", "right"));
        bcryptChecks.set(0);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(basic("dn.north", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(bcryptChecks.get()).isEqualTo(3);
    }

    @Test
    void anUnknownUserCostsABcryptCheckToo() {
        bcryptChecks.set(0);
        assertThatThrownBy(() -> provider.authenticate(basic("nobody", "right"))).isInstanceOf(BadCredentialsException.class);
        assertThat(bcryptChecks.get()).isEqualTo(1);
    }

    @Test
    void rememberedCredentialsAreCheckedAgainAfterFiveMinutes() {
        provider.authenticate(basic("dn.north", "right"));
        bcryptChecks.set(0);
        clock.advance(Duration.ofMinutes(6));
        provider.authenticate(basic("dn.north", "right"));
        assertThat(bcryptChecks.get()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordIsCheckedAfreshAndTheOldOneStopsWorkingOnceForgotten() {
        provider.authenticate(basic("dn.north", "right"));
        hashes.put("dn.north", bcrypt.encode("new-password"));
        assertThat(provider.authenticate(basic("dn.north", "new-password")).getPrincipal()).isEqualTo(nurse);
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> provider.authenticate(basic("dn.north", "right"))).isInstanceOf(BadCredentialsException.class);
    }

    private static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
