package org.percorsi.shared.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list that grows, with what the pager needs. Pages count from 1. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public long offset() {
        return offset(page, size);
    }

    public static long offset(int page, int size) {
        return (long) (Math.max(1, page) - 1) * size;
    }

    /** A page number from the query string, kept within sensible bounds. */
    public static int clampPage(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 100_000);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
