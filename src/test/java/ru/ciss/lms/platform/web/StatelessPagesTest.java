package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages read as keeping no state are those whose source sets the layout's ui:param, and only those. */
class StatelessPagesTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");

    @Test
    void thePagesThatDeclareItAndNoOthers() throws IOException {
        Set<String> stateless = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                if (StatelessPages.declares(Files.readString(page))) {
                    stateless.add(WEBAPP.relativize(page).toString().replace('\\', '/'));
                }
            }
        }
        assertEquals(Set.of("home/admin.xhtml", "home/mentor.xhtml", "home/trainee.xhtml", "people/person.xhtml",
                "study/module.xhtml"), stateless);
    }

    @Test
    void readsTheParameterNotTheWord() {
        assertTrue(StatelessPages.declares("<ui:param name=\"stateless\" value=\"true\"/>"));
        assertTrue(StatelessPages.declares("<ui:param  name=\"stateless\"\n    value=\"true\" />"));
        assertFalse(StatelessPages.declares("<ui:param name=\"stateless\" value=\"false\"/>"));
        assertFalse(StatelessPages.declares("<!-- a page may set the ui:param \"stateless\" -->"
                + "<f:view transient=\"#{stateless eq true}\">"));
    }
}
