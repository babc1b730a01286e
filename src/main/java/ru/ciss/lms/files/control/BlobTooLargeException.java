package ru.ciss.lms.files.control;

import java.io.IOException;

/** More bytes arrived than the caller allows; nothing was kept. */
public class BlobTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BlobTooLargeException(long limit) {
        super("more than " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit that was exceeded, in bytes, so that the message to the user can name it. */
    public long limit() {
        return limit;
    }
}
