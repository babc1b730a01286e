package ru.ciss.lms.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ciss.lms.platform.database.CountedRows;

/**
 * A paged table's model that reads the count and the page in one boundary call, so in one transaction: PrimeFaces
 * asks for the count and then for the page, which made two calls, each a transaction with a pooled connection taken
 * and checked (issue #25). Asked for the count, it reads the page the table is about to show (its first row, page
 * size and sort) together with it, and hands that page over when the table then asks for exactly it; asked for any
 * other page (the table moved back because the list got shorter), it reads that one.
 */
public abstract class OneCallLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final String tableId;
    // Only between the count and the load of one request: never kept in the view.
    private transient Fetched<T> fetched;

    private record Fetched<T>(int first, int pageSize, Map<String, SortMeta> sortBy, List<T> rows) {
    }

    /** @param tableId the table's full client id with a leading colon, e.g. {@code ":results:people"} */
    protected OneCallLazyModel(String tableId) {
        this.tableId = tableId;
    }

    /** The page from {@code first}, at most {@code pageSize} rows in the sort given, and the list's total: one call. */
    protected abstract CountedRows<T> fetch(int first, int pageSize, Map<String, SortMeta> sortBy);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table == null || table.getRows() <= 0) {
            return (int) fetch(0, 1, Map.of()).total();
        }
        // The table's own map goes to fetch: its order is the order of several sort columns, which a copy would lose;
        // the copy is only what the load is compared with.
        Map<String, SortMeta> sortBy = table.getActiveSortMeta() == null ? Map.of() : table.getActiveSortMeta();
        CountedRows<T> read = fetch(table.getFirst(), table.getRows(), sortBy);
        fetched = new Fetched<>(table.getFirst(), table.getRows(), Map.copyOf(sortBy), read.rows());
        return (int) read.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Fetched<T> ready = fetched;
        fetched = null;
        Map<String, SortMeta> sort = sortBy == null ? Map.of() : sortBy; // fetch may read it without a null check
        if (ready != null && ready.first() == first && ready.pageSize() == pageSize
                && ready.sortBy().equals(Map.copyOf(sort))) {
            return ready.rows();
        }
        return fetch(first, pageSize, sort).rows();
    }
}
