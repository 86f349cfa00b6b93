package org.vocdesk.customer.control;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the user's search text and sort order into safe query parts: the text becomes a LIKE pattern on
 * the lower-cased search key (wildcards escaped), the sort a whitelisted JPQL order clause.
 */
public final class CustomerSearch {

    public static final int MAX_PAGE = 200;

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "c.code", "name", "c.name", "contactPerson", "c.contactPerson",
            "transactionCount", "c.transactionCount", "updatedAt", "c.updatedAt", "active", "c.active");

    private CustomerSearch() {
    }

    /** null for no filter; otherwise a contains-pattern using '\' as escape character. */
    public static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * "name" or "-name" (descending); unknown fields fall back to the code. The code is always the last
     * key so pages are stable.
     */
    public static String orderBy(String sort) {
        String field = sort == null ? "" : sort.strip();
        boolean descending = field.startsWith("-");
        if (descending) {
            field = field.substring(1);
        }
        String column = SORTABLE.get(field);
        if (column == null || "c.code".equals(column)) {
            return " order by c.code" + (descending && column != null ? " desc" : "");
        }
        return " order by " + column + (descending ? " desc" : "") + ", c.code";
    }

    public static int pageSize(Integer max) {
        return max == null || max <= 0 ? 25 : Math.min(max, MAX_PAGE);
    }

    public static int first(Integer first) {
        return first == null || first < 0 ? 0 : first;
    }
}
