package ru.ciss.lms.files.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ru.ciss.lms.files.boundary.FileRefusedException;
import ru.ciss.lms.files.FileNames;
import ru.ciss.lms.files.IncomingFile;

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

    /** The content; a part the server could not keep is refused naming the file, never dropped or an error page. */
    @Override
    public InputStream open() {
        try {
            return part.getInputStream();
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException("files.refused.UNREADABLE", FileNames.sanitise(name()));
        }
    }

    /**
     * The parts that really carry a file: an empty file input still sends one nameless, empty part. A named part is
     * kept even when it is empty (0 bytes), so the file store refuses it naming the file ({@code files.refused.EMPTY})
     * instead of the page saying "saved" without it; the fields let such a part through (see the render kit's
     * {@code FieldRenderer}).
     */
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
