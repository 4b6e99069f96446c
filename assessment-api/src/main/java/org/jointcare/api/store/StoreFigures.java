package org.jointcare.api.store;

import java.time.Instant;

/**
 * What the embedded H2 file looks like, as H2's MVStore reports it.
 *
 * @param fileSize       bytes of the file on disk
 * @param fileFillRate   percentage of the file taken by chunks (the rest is free space between them)
 * @param chunksFillRate percentage of the chunks' bytes that are still live data
 * @param chunks         chunks in the file
 * @param chunksWritten  chunks written since the store was opened: with {@code WRITE_DELAY=0}, one per commit
 * @param liveBytes      estimate of the live data: file size × file fill rate × chunks fill rate
 * @param at             when this was read
 */
public record StoreFigures(long fileSize, int fileFillRate, int chunksFillRate, long chunks, long chunksWritten,
                           long liveBytes, Instant at) {

    /** File size over live data: what the housekeeping keeps small (≤ 3 under sustained load). */
    public double ratio() {
        return liveBytes <= 0 ? 0 : (double) fileSize / liveBytes;
    }
}
