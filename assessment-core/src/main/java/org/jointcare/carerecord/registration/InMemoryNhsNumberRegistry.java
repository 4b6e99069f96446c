package org.jointcare.carerecord.registration;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An NHS number registry held in memory: for tests and benchmarks of the aggregate alone. The
 * application uses a database table whose claims commit with the record's first event.
 */
public class InMemoryNhsNumberRegistry implements NhsNumberRegistry {

    private final Map<String, UUID> claims = new ConcurrentHashMap<>();

    @Override
    public boolean claim(NhsNumber nhsNumber, UUID careRecordId) {
        UUID holder = claims.putIfAbsent(nhsNumber.value(), careRecordId);
        return holder == null || holder.equals(careRecordId);
    }
}
