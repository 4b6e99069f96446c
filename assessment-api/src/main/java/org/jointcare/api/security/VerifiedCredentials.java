package org.jointcare.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers, for a short while, which credentials were already checked against their bcrypt
 * hash. Bcrypt is deliberately slow (tens of milliseconds); checking it on every request would cap
 * the API at a few dozen requests a second per core. Entries are keyed by a SHA-256 of the
 * user id, the password and a per-process secret, so the cache never holds a password, and a
 * changed password simply misses. Bounded: when full it starts again rather than grow.
 */
final class VerifiedCredentials {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Checks under way: concurrent requests with the same credentials wait for one bcrypt check. */
    private final Map<String, CompletableFuture<CareProfessional>> checking = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration timeToLive;
    private final Clock clock;
    private final byte[] pepper = new byte[32];

    VerifiedCredentials(int capacity, Duration timeToLive, Clock clock) {
        this.capacity = capacity;
        this.timeToLive = timeToLive;
        this.clock = clock;
        new java.security.SecureRandom().nextBytes(pepper);
    }

    /**
     * The professional these credentials were verified as, else {@code verify}'s answer (which it
     * remembers). Requests arriving with the same unverified credentials while one check runs wait
     * for that check instead of running bcrypt each (32 clients signing in at once as one user
     * cost 32 bcrypt checks, a quarter of the request threads' CPU in the HTTP benchmark's profile);
     * they get its answer, or its exception.
     */
    CareProfessional findOrVerify(String userId, String password, Supplier<CareProfessional> verify) {
        Optional<CareProfessional> known = find(userId, password);
        if (known.isPresent()) {
            return known.get();
        }
        String key = key(userId, password);
        CompletableFuture<CareProfessional> mine = new CompletableFuture<>();
        CompletableFuture<CareProfessional> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException e ? e : failed;
            }
        }
        try {
            CareProfessional professional = verify.get();
            remember(userId, password, professional);
            mine.complete(professional);
            return professional;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    Optional<CareProfessional> find(String userId, String password) {
        Entry entry = entries.get(key(userId, password));
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAt().isBefore(clock.instant())) {
            entries.remove(key(userId, password));
            return Optional.empty();
        }
        return Optional.of(entry.professional());
    }

    void remember(String userId, String password, CareProfessional professional) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key(userId, password), new Entry(professional, clock.instant().plus(timeToLive)));
    }

    int size() {
        return entries.size();
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

    private record Entry(CareProfessional professional, Instant expiresAt) {
    }
}
