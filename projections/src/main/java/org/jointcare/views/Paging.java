package org.jointcare.views;

/**
 * Which page of a list to return. Pages count from 0; a page holds at most {@link #MAX_SIZE}
 * items so no single request can pull a whole caseload or inbox.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public Paging {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public static Paging first(int size) {
        return new Paging(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
