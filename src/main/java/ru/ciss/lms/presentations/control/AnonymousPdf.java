package ru.ciss.lms.presentations.control;

import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A copy of a PDF without the fields that name its author, for the mentors of a blind scoring: the document info
 * (Author, Creator, Producer, Title, Subject, Keywords and any custom entry, such as a company) is emptied and the
 * XMP metadata, which repeats it, is removed from the document and from each page. The pages stay as they are: a name
 * on the title slide is the trainee's to leave out (the upload form says so).
 */
public final class AnonymousPdf {

    private AnonymousPdf() {
    }

    /** The stripped copy; an IOException when the PDF cannot be read or rewritten (damaged, or locked by a password). */
    public static byte[] strip(InputStream pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            reader.getCatalog().remove(PdfName.METADATA);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary dictionary = reader.getPageN(page);
                if (dictionary != null) {
                    dictionary.remove(PdfName.METADATA);
                    dictionary.remove(new PdfName("PieceInfo")); // application data, often the editing program's author
                }
            }
            reader.removeUnusedObjects(); // else the XMP stream, now unreferenced, would still be copied
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            // A null value removes the entry (PdfStamper.setInfoDictionary): every entry the file has, and the six
            // standard ones whatever it has. The producer is written anew as the app's library, not the author's program.
            Map<String, String> info = new HashMap<>();
            reader.getInfo().keySet().forEach(key -> info.put(key, null));
            for (String key : new String[] {"Author", "Creator", "Title", "Subject", "Keywords"}) {
                info.put(key, null);
            }
            info.put("Producer", "");
            stamper.setInfoDictionary(info);
            stamper.close();
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw new IOException("The PDF could not be rewritten without its author fields", e);
        } finally {
            reader.close();
        }
    }
}
