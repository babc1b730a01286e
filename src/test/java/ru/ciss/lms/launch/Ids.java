package ru.ciss.lms.launch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The generator gives ids itself, from the table's highest plus one, so that rows can point at each other without
 * reading keys back. Nothing else may write meanwhile: the app must not run on the database during generation.
 */
final class Ids {

    private Ids() {
    }

    static long next(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
