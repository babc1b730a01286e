package ru.ciss.lms.platform.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A list page's filter in its address (issue #18, "the address is the page"). The filter is applied in place by
 * Ajax; {@link #show} then writes the page's address with the filter into the browser's address bar, so a reload,
 * Back from a row's page and a bookmark show the same rows; the page's view parameters read it back through the
 * lenient readers here, so a mangled bookmark narrows by what it can read instead of failing with a converter's
 * message.
 */
public final class FilterAddress {

    private FilterAddress() {
    }

    /** The page's address (from the context root, e.g. "/people/list.xhtml") with the non-empty parameters. */
    public static String of(String page, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + page + query;
    }

    /** Replaces the address in the browser's bar (no new history entry); URL-encoded values hold no quote. */
    public static void show(String page, Map<String, String> parameters) {
        org.primefaces.PrimeFaces.current().executeScript("history.replaceState(null, '', '" + of(page, parameters)
                + "');");
    }

    /** Parameters in the order given, for {@link #show}. */
    public static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** The constant of that name, or null for anything else. */
    public static <E extends Enum<E>> E named(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    /** A whole number of at most nine digits (an id of a small table), or null. */
    public static Integer smallId(String value) {
        return value != null && value.matches("[0-9]{1,9}") ? Integer.valueOf(value) : null;
    }

    /** A whole number of at most eighteen digits (a row id), or null. */
    public static Long id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }
}
