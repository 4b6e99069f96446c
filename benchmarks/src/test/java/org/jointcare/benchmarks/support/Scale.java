package org.jointcare.benchmarks.support;

/** How big the benchmarks run: full size under {@code -Pbenchmarks}, smaller when asked (-Djointcare.benchmarks.full=false). */
public final class Scale {

    private Scale() {
    }

    public static boolean full() {
        return Boolean.parseBoolean(System.getProperty("jointcare.benchmarks.full", "false"));
    }

    /** An integer setting: {@code -Djointcare.benchmarks.<name>=n}, else the full or the reduced default. */
    public static int of(String name, int fullSize, int reducedSize) {
        String value = System.getProperty("jointcare.benchmarks." + name);
        if (value != null) {
            return Integer.parseInt(value.replace("_", ""));
        }
        return full() ? fullSize : reducedSize;
    }
}
