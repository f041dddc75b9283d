package org.percorsi.opendata.datasets;

import java.util.List;
import java.util.function.Consumer;

/**
 * A dataset of the open data: its identifier (also its address, {@code /opendata/<id>}), its theme in the EU
 * data-theme vocabulary, its columns, and where its rows come from (streamed, never all in memory).
 */
public final class Dataset<T> {

    /** Rows handed one by one to a consumer, as the source reads them from a database cursor. */
    @FunctionalInterface
    public interface Rows<T> {
        void each(Consumer<T> row);
    }

    private final String id;
    private final String theme;
    private final List<Column<T>> columns;
    private final Rows<T> rows;

    Dataset(String id, String theme, List<Column<T>> columns, Rows<T> rows) {
        this.id = id;
        this.theme = theme;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    public String id() {
        return id;
    }

    /** Code in http://publications.europa.eu/resource/authority/data-theme/ (e.g. GOVE). */
    public String theme() {
        return theme;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Each row as the values of the columns, in order. */
    public void eachRow(Consumer<Object[]> out) {
        rows.each(row -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = columns.get(i).value().apply(row);
            }
            out.accept(values);
        });
    }

    /** The message key explaining a column, on the dataset's page. */
    public String columnMessage(String column) {
        return "opendata.column." + id + "." + column;
    }
}
