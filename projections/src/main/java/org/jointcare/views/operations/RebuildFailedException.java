package org.jointcare.views.operations;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Some views of a {@link ViewRebuilds#rebuildAll()} did not finish: names each with its cause,
 * and carries the reports of the views that were rebuilt (those are complete and in use).
 */
public class RebuildFailedException extends IllegalStateException {

    private final transient List<RebuildReport> rebuilt;
    private final transient Map<String, RuntimeException> failures;

    RebuildFailedException(List<RebuildReport> rebuilt, Map<String, RuntimeException> failures) {
        super("Not rebuilt: " + failures.entrySet().stream()
                .map(failure -> "'" + failure.getKey() + "' (" + why(failure.getValue()) + ")")
                .collect(Collectors.joining("; "))
                + ". Rebuilt: " + (rebuilt.isEmpty() ? "none"
                : rebuilt.stream().map(RebuildReport::processingGroup).collect(Collectors.joining(", ")))
                + ". A view not rebuilt is incomplete until it is rebuilt again.");
        this.rebuilt = List.copyOf(rebuilt);
        this.failures = Map.copyOf(failures);
        failures.values().forEach(this::addSuppressed);
    }

    /** The failure's message and, if deeper, its root cause's: "ReplayProbe failed on event …: a fault". */
    private static String why(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The views that were rebuilt completely. */
    public List<RebuildReport> rebuilt() {
        return rebuilt;
    }

    /** Each view that was not, with why. */
    public Map<String, RuntimeException> failures() {
        return failures;
    }
}
