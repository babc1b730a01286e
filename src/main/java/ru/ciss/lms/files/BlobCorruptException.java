package ru.ciss.lms.files;

import java.io.IOException;

/** A stored blob's bytes no longer hash to its name: the disk or someone changed it, so it must not be served. */
public class BlobCorruptException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String sha256;

    public BlobCorruptException(String sha256, String actual) {
        super("blob " + sha256 + " now hashes to " + actual);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
