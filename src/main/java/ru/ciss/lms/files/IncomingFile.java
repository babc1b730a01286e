package ru.ciss.lms.files;

import java.io.IOException;
import java.io.InputStream;

/** A file as it arrives with a request (a multipart part), opened only when the store takes it. */
public interface IncomingFile {

    String name();

    long size();

    InputStream open() throws IOException;
}
