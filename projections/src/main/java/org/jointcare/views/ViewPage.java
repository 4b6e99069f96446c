package org.jointcare.views;

import java.util.List;
import java.util.function.Function;

/** One page of a view's list, with the total so a client can page through it. */
public record ViewPage<T>(List<T> items, int page, int size, long totalItems) {

    public ViewPage {
        items = List.copyOf(items);
    }

    public static <T> ViewPage<T> of(List<T> items, Paging paging, long totalItems) {
        return new ViewPage<>(items, paging.page(), paging.size(), totalItems);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    public <R> ViewPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ViewPage<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
