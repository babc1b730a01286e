package ru.ciss.lms.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #23: the README stays short and points to the rest, every link between the docs leads somewhere, every
 * picture the user guide shows is there, and every feature says in its package-info.java what it owns.
 */
class DocsInPlaceTest {

    private static final Path DOCS = Path.of("src/site/markdown");
    private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\((?!https?:|#|mailto:)([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void theReadmeIsShortAndLeadsToEveryDocument() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        assertTrue(readme.size() <= 200, () -> "README.md has " + readme.size() + " lines; move detail to " + DOCS);
        String text = String.join("\n", readme);
        try (Stream<Path> docs = Files.list(DOCS)) {
            for (Path doc : docs.filter(d -> d.toString().endsWith(".md")).toList()) {
                if (!doc.getFileName().toString().equals("index.md")) {
                    assertTrue(text.contains("](" + DOCS + "/" + doc.getFileName() + ")"),
                            () -> "README.md does not link to " + doc);
                }
            }
        }
    }

    @Test
    void everyLinkAndPictureInTheDocsIsThere() throws IOException {
        Set<String> broken = new TreeSet<>();
        List<Path> documents;
        try (Stream<Path> docs = Files.list(DOCS)) {
            documents = Stream.concat(Stream.of(Path.of("README.md")), docs.filter(d -> d.toString().endsWith(".md")))
                    .toList();
        }
        int pictures = 0;
        for (Path doc : documents) {
            Matcher link = LOCAL_LINK.matcher(Files.readString(doc));
            while (link.find()) {
                String target = link.group(1);
                // Pictures are published beside the pages (src/site/resources is the site's root, as in Maven's site).
                Path resolved = target.startsWith("images/")
                        ? Path.of("src/site/resources").resolve(target) : doc.resolveSibling(target).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(doc + " → " + target);
                }
                pictures += target.endsWith(".png") ? 1 : 0;
            }
        }
        assertEquals(Set.of(), broken);
        assertTrue(pictures >= 7, "the user guide shows its pictures: " + pictures);
    }

    @Test
    void everyFeatureSaysWhatItOwns() throws IOException {
        Set<String> silent = new TreeSet<>();
        try (Stream<Path> features = Files.list(Path.of("src/main/java/ru/ciss/lms"))) {
            for (Path feature : features.filter(Files::isDirectory).toList()) {
                Path info = feature.resolve("package-info.java");
                if (!Files.exists(info) || !Files.readString(info).contains("/**")) {
                    silent.add(feature.getFileName().toString());
                }
            }
        }
        assertEquals(Set.of(), silent, "features without a package-info.java that says what they own");
    }
}
