package org.percorsi.opendata.datasets;

import java.util.function.Function;

/**
 * One column of a dataset: its name in the files' header and what it holds for a row. Its explanation on the
 * dataset's page is the message {@code opendata.column.<dataset>.<name>}: files and page come from this one list.
 */
public record Column<T>(String name, Function<T, Object> value) {}
