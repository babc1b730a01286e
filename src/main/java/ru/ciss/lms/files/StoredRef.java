package ru.ciss.lms.files;

import java.io.Serializable;

/**
 * A content kept in the file store, as other features hold it: the row's id (what their tables reference), the
 * SHA-256 the file on disk is named and checked by, and its size. Never the store's entity.
 */
public record StoredRef(long id, String sha256, long size) implements Serializable {
}
