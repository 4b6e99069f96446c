package org.jointcare.views.operations;

import java.util.List;

/** A page of a view's dead letters, oldest person's queue first, in queue order. */
public record DeadLetterPage(String processingGroup, int page, int size, long total, List<DeadLetterEntry> deadLetters) {
}
