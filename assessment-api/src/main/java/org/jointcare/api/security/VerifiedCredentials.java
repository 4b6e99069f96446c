package org.jointcare.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers, for a short while, which credentials were already checked against their bcrypt
 * hash. Bcrypt is deliberately slow (tens of milliseconds); checking it on every request would cap
 * the API at a few dozen requests a second per core. Entries are keyed by a SHA-256 of the
 * user id, the password and a per-process secret, so the cache never holds a password, and a
 * changed password simply misses. A bounded Caffeine cache: when full, the least used entries go.
 */
final class VerifiedCredentials {

    private final AsyncCache<String, CareProfessional> verified;
    private final byte[] pepper = new byte[32];

    VerifiedCredentials(int capacity, Duration timeToLive, Clock clock) {
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(timeToLive)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .buildAsync();
        new java.security.SecureRandom().nextBytes(pepper);
    }

    /**
     * The professional these credentials were verified as, else {@code verify}'s answer, which is
     * remembered (a refusal is not). Requests arriving with the same unverified credentials while
     * one check runs wait for that check instead of running bcrypt each (32 clients signing in at
     * once as one user cost 32 bcrypt checks, a quarter of the request threads' CPU in the HTTP
     * benchmark's profile); they get its answer, or its exception. The check runs on the caller's
     * thread, outside the cache's locks.
     */
    CareProfessional findOrVerify(String userId, String password, Supplier<CareProfessional> verify) {
        CompletableFuture<CareProfessional> mine = new CompletableFuture<>();
        CompletableFuture<CareProfessional> answer = verified.get(key(userId, password), (key, executor) -> mine);
        if (answer == mine) {
            try {
                mine.complete(verify.get());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e); // Caffeine drops a failed entry: the next request checks again
            }
        }
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed.getCause() instanceof RuntimeException e ? e : failed;
        }
    }

    private String key(String userId, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(pepper);
            digest.update(userId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
