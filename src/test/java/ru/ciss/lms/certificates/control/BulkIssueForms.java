package ru.ciss.lms.certificates.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Certificate forms for tests, made from the shipped one. */
public final class BulkIssueForms {

    private static final Pattern HOLDER = Pattern.compile("(  - text: \"\\{holder}\"\\n)    y: (\\d+)\\n    size: \\d+\\n");

    private BulkIssueForms() {
    }

    /**
     * The name's block cut to one short line of 8 pt (57 mm wide, 4 mm above the next block): short names fit, a
     * name of a hundred letters does not even at 6 pt.
     */
    public static String nameOnOneShortLine(String shipped) {
        Matcher holder = HOLDER.matcher(shipped);
        if (!holder.find()) {
            throw new AssertionError("The shipped form has no {holder} block of the shape y, size: " + shipped);
        }
        // The next block starts where the name's room ends; its y is the first "y:" after the name's block.
        Matcher next = Pattern.compile("\\n    y: (\\d+)\\n").matcher(shipped);
        if (!next.find(holder.end())) {
            throw new AssertionError("Nothing below the name's block in the shipped form");
        }
        int below = Integer.parseInt(next.group(1));
        return shipped.substring(0, holder.start()) + holder.group(1) + "    y: " + (below - 4)
                + "\n    x: 120\n    width: 57\n    size: 8\n" + shipped.substring(holder.end());
    }
}
