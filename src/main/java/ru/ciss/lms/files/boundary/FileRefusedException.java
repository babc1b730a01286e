package ru.ciss.lms.files.boundary;

import ru.ciss.lms.platform.rules.RefusedException;

/**
 * An upload the file store will not keep, with the reason as a message key and its arguments. Rolls back the
 * transaction, so nothing of the request that brought the file is saved either.
 */
public class FileRefusedException extends RefusedException {

    public FileRefusedException(String key, Object... args) {
        super(key, args);
    }
}
