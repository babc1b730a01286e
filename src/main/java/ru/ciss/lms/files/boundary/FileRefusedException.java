package ru.ciss.lms.files.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An upload the file store will not keep, with the reason as a message key and its arguments. Rolls back the
 * transaction, so nothing of the request that brought the file is saved either.
 */
@ApplicationException(rollback = true)
public class FileRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public FileRefusedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
