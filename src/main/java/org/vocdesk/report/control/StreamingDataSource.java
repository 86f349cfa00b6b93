package org.vocdesk.report.control;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rows for a report fetched a page at a time while the report is filled, so only one page of rows is ever in memory.
 * Each row is mapped to the template's fields by name; every row also goes to an optional observer (totals counted on
 * the way, progress of a background job).
 *
 * @param <T> the row type (a query's projection, never a loaded entity)
 */
public class StreamingDataSource<T> implements JRDataSource {

    /** Fetches rows from offset first, at most max of them; fewer than max means the end. */
    public interface Pages<T> extends BiFunction<Integer, Integer, List<T>> {
    }

    private final Pages<T> pages;
    private final int pageSize;
    private final Map<String, Function<T, Object>> fields;
    private final Consumer<T> observer;
    private Iterator<T> page = java.util.Collections.emptyIterator();
    private int fetched;
    private boolean last;
    private T current;

    public StreamingDataSource(Pages<T> pages, int pageSize, Map<String, Function<T, Object>> fields, Consumer<T> observer) {
        this.pages = pages;
        this.pageSize = pageSize;
        this.fields = fields;
        this.observer = observer == null ? row -> { } : observer;
    }

    @Override
    public boolean next() {
        if (!page.hasNext() && !last) {
            List<T> rows = pages.apply(fetched, pageSize);
            fetched += rows.size();
            last = rows.size() < pageSize;
            page = rows.iterator();
        }
        current = page.hasNext() ? page.next() : null;
        if (current != null) {
            observer.accept(current);
        }
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) {
        Function<T, Object> value = fields.get(field.getName());
        if (value == null) {
            throw new IllegalArgumentException("The report asks for an unknown field " + field.getName());
        }
        return value.apply(current);
    }
}
