package org.jointcare.api.erasure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys personal fields are encrypted under, in their own table ({@code personal_data_key}).
 *
 * <p>Granularity: one key per stored event (an entry of the record), grouped by the person's
 * record. A person is erased by deleting the record's keys (one indexed DELETE, in the erasure's
 * transaction); one entry recorded in error is shredded by deleting that entry's key alone, and
 * nothing else of the person becomes unreadable. A single key per person could not shred one entry;
 * a key per entry wrapped by a per-person key would add a second unwrap to every read for no
 * gain, as the per-record DELETE already destroys the person's keys together.
 *
 * <p>Unwrapped keys are cached per record for a short time; a destroyed key leaves the cache of
 * this node at once, and of other nodes within {@link #CACHED_FOR}.
 */
public class PersonalDataKeys {

    static final Duration CACHED_FOR = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final Cache<String, Map<String, SecretKey>> byRecord = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(CACHED_FOR).build();

    public PersonalDataKeys(JdbcTemplate jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** A new entry key for the record, stored (in the caller's transaction, with the event) before it is used. */
    public EntryKey newEntryKey(UUID careRecordId) {
        SecretKey key = Aes.newKey();
        String keyId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO personal_data_key (key_id, care_record_id, master_key_id, wrapped_key, created_at)
                VALUES (?, ?, ?, ?, ?)""",
                keyId, careRecordId.toString(), masterKey.id(),
                Base64.getEncoder().encodeToString(masterKey.wrap(key, keyId)), Timestamp.from(clock.instant()));
        return new EntryKey(keyId, key);
    }

    /** The key, or empty once destroyed. */
    public Optional<SecretKey> find(String careRecordId, String keyId) {
        Map<String, SecretKey> keys = byRecord.getIfPresent(careRecordId);
        if (keys == null || !keys.containsKey(keyId)) {
            keys = load(careRecordId);
            byRecord.put(careRecordId, keys);
        }
        return Optional.ofNullable(keys.get(keyId));
    }

    /** Erasure: every key of the record is destroyed; its personal fields can no longer be read. Answers how many. */
    public int destroyRecord(UUID careRecordId) {
        int destroyed = jdbc.update("DELETE FROM personal_data_key WHERE care_record_id = ?", careRecordId.toString());
        byRecord.invalidate(careRecordId.toString());
        return destroyed;
    }

    /**
     * Shreds entries: destroys the keys named (an entry's key ids are in its stored payload,
     * {@link PersonalDataSerializer#keyIdsIn}). Answers how many were destroyed.
     */
    public int destroyKeys(UUID careRecordId, Collection<String> keyIds) {
        int destroyed = 0;
        for (String keyId : keyIds) {
            destroyed += jdbc.update("DELETE FROM personal_data_key WHERE key_id = ? AND care_record_id = ?",
                    keyId, careRecordId.toString());
        }
        byRecord.invalidate(careRecordId.toString());
        return destroyed;
    }

    private Map<String, SecretKey> load(String careRecordId) {
        Map<String, SecretKey> keys = new HashMap<>();
        jdbc.query("SELECT key_id, wrapped_key FROM personal_data_key WHERE care_record_id = ?", rs -> {
            String keyId = rs.getString(1);
            keys.put(keyId, masterKey.unwrap(Base64.getDecoder().decode(rs.getString(2)), keyId));
        }, careRecordId);
        return keys;
    }

    public record EntryKey(String keyId, SecretKey key) {
    }
}
