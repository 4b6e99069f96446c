package org.jointcare.api.store;

import java.util.Optional;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/store} on the management server (loopback; docs/operations.md): how big
 * the embedded H2 file is against the data it holds, and what its housekeeping has done.
 */
@Component
@Endpoint(id = "store")
public class StoreEndpoint {

    private final StoreHousekeeping housekeeping;

    public StoreEndpoint(StoreHousekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    /**
     * @param embeddedH2  false on PostgreSQL (then nothing else is filled in)
     * @param compaction  whether the housekeeping compacts, or only measures
     * @param rewrites    steps (at most 2 MB of live pages each) that rewrote sparse chunks
     * @param failures    housekeeping runs that failed since start; {@code lastFailure} says why the last one did
     */
    public record Store(boolean embeddedH2, StoreFigures figures, double ratio, boolean compaction, String interval,
                        String retention, long runs, long rewrites, long failures, String lastFailure) {
    }

    @ReadOperation
    public Store store() {
        Optional<StoreFigures> figures = housekeeping.figures();
        StoreSettings settings = housekeeping.settings();
        return new Store(figures.isPresent(), figures.orElse(null), figures.map(StoreFigures::ratio).orElse(0.0),
                settings.housekeeping(), settings.interval().toString(), settings.retention().toString(),
                housekeeping.runs(), housekeeping.rewrites(), housekeeping.failures(), housekeeping.lastFailure().orElse(null));
    }
}
