package org.jointcare.api.carerecord;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How care records are loaded: {@code jointcare.care-record.*}.
 *
 * @param snapshotThreshold a snapshot is taken once a record has had this many events since
 *                          its last snapshot (or since it began)
 * @param cache             records kept in memory between commands
 */
@ConfigurationProperties("jointcare.care-record")
public record CareRecordSettings(int snapshotThreshold, Cache cache) {

    public CareRecordSettings {
        if (snapshotThreshold < 1) {
            throw new IllegalArgumentException("jointcare.care-record.snapshot-threshold must be at least 1");
        }
        if (cache == null) {
            throw new IllegalArgumentException("jointcare.care-record.cache must be configured");
        }
    }

    /**
     * @param maximumSize       at most this many records in memory; the least recently used go first
     * @param expireAfterAccess a record not touched for this long is dropped
     */
    public record Cache(long maximumSize, Duration expireAfterAccess) {

        public Cache {
            if (maximumSize < 1 || expireAfterAccess == null || expireAfterAccess.isNegative() || expireAfterAccess.isZero()) {
                throw new IllegalArgumentException("jointcare.care-record.cache needs a positive maximum-size and expire-after-access");
            }
        }
    }
}
