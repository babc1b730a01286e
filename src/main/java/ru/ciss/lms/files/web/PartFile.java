package ru.ciss.lms.files.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ru.ciss.lms.files.control.IncomingFile;

/** A multipart part as an incoming file; the browser's name is only a suggestion, the store sanitises it. */
public record PartFile(Part part) implements IncomingFile {

    @Override
    public String name() {
        return part.getSubmittedFileName();
    }

    @Override
    public long size() {
        return part.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return part.getInputStream();
    }

    /** The parts that really carry a file: an empty file input still sends one nameless, empty part. */
    public static List<IncomingFile> of(Collection<Part> parts) {
        List<IncomingFile> files = new ArrayList<>();
        if (parts != null) {
            for (Part part : parts) {
                if (part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty()) {
                    files.add(new PartFile(part));
                }
            }
        }
        return files;
    }
}
