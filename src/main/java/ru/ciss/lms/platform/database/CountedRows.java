package ru.ciss.lms.platform.database;

import java.io.Serializable;
import java.util.List;

/** One page of a list with the number of rows the whole list has: what a paged table asks for, read in one call. */
public record CountedRows<T>(long total, List<T> rows) implements Serializable {

    public CountedRows {
        rows = List.copyOf(rows);
    }
}
