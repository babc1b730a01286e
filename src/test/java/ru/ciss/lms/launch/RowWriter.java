package ru.ciss.lms.launch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows of one table as multi-row INSERT statements of up to {@value #ROWS_PER_STATEMENT} rows, each
 * statement committed on its own: hundreds of thousands of rows go in a few round trips per second's worth, and
 * no transaction grows large enough to strain the server's undo log. Values are bound as parameters (the driver
 * escapes them), never spliced into the SQL.
 */
final class RowWriter implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 1_000;

    private final Connection connection;
    private final String table;
    private final String head;
    private final int columns;
    private final String label;
    private final long expected;
    private final List<Object[]> pending = new ArrayList<>();
    private RowWriter parent;
    private PreparedStatement full;
    private long written;
    private long reported;

    /**
     * @param label    what progress lines call these rows, e.g. "attendance marks"; null for no progress lines
     * @param expected the rough total, for the progress lines
     */
    RowWriter(Connection connection, String table, String columnList, String label, long expected) {
        this.connection = connection;
        this.table = table;
        this.head = "INSERT INTO " + table + " (" + columnList + ") VALUES ";
        this.columns = columnList.split(",").length;
        this.label = label;
        this.expected = expected;
    }

    /** Rows of this table point at rows of {@code table}: those are always written first. */
    RowWriter after(RowWriter table) {
        this.parent = table;
        return this;
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    long written() {
        return written + pending.size();
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        if (parent != null) {
            parent.flush();
        }
        PreparedStatement statement;
        boolean reuse = pending.size() == ROWS_PER_STATEMENT;
        if (reuse) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            statement = full;
        } else {
            statement = connection.prepareStatement(sql(pending.size()));
        }
        try {
            int p = 1;
            for (Object[] row : pending) {
                for (Object value : row) {
                    statement.setObject(p++, value);
                }
            }
            statement.executeUpdate();
            connection.commit();
        } finally {
            if (!reuse) {
                statement.close();
            }
        }
        written += pending.size();
        pending.clear();
        progress(false);
    }

    private void progress(boolean last) {
        if (label == null) {
            return;
        }
        long step = Math.max(ROWS_PER_STATEMENT, expected / 4);
        if (last || written - reported >= step) {
            reported = written;
            System.out.println("[generate] " + label + " " + written + "/" + expected);
        }
    }

    private String sql(int rows) {
        String group = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(head.length() + rows * (group.length() + 2)).append(head);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(group);
        }
        return sql.toString();
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (written != reported) {
            progress(true);
        }
        if (full != null) {
            full.close();
        }
    }
}
