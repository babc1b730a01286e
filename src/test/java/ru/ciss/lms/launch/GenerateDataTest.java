package ru.ciss.lms.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pure parts of the data generator: names, e-mails and sizes. */
class GenerateDataTest {

    @Test
    void feminineSurnamesFollowRussianRules() {
        assertEquals("Иванова", GeneratedNames.feminine("Иванов"));
        assertEquals("Королёва", GeneratedNames.feminine("Королёв"));
        assertEquals("Ильина", GeneratedNames.feminine("Ильин"));
        assertEquals("Островская", GeneratedNames.feminine("Островский"));
        assertEquals("Толстая", GeneratedNames.feminine("Толстой"));
        assertEquals("Шевченко", GeneratedNames.feminine("Шевченко"));
        assertEquals("Штейн", GeneratedNames.feminine("Штейн"));
    }

    @Test
    void namesAgreeInGenderAndKeepYo() {
        Random random = new Random(1);
        boolean yo = false;
        for (int i = 0; i < 5_000; i++) {
            GeneratedNames.Name name = GeneratedNames.next(random);
            if (name.female()) {
                assertTrue(GeneratedNames.WOMEN.contains(name.given()), name.toString());
                assertTrue(name.patronymic().endsWith("на"), name.toString());
                assertFalse(GeneratedNames.SURNAMES.contains(name.surname()) && name.surname().matches(".*(ов|ев|ёв|ин|ий)"),
                        "a masculine surname for a woman: " + name);
            } else {
                assertTrue(name.patronymic().endsWith("ич"), name.toString());
                assertTrue(GeneratedNames.SURNAMES.contains(name.surname()), name.toString());
            }
            yo |= (name.surname() + name.given() + name.patronymic()).contains("ё");
        }
        assertTrue(yo, "ё is kept in some names");
        assertEquals("Фёдоровна", GeneratedNames.MEN.stream().filter(m -> m[0].equals("Фёдор")).findFirst().orElseThrow()[2]);
    }

    @Test
    void tenThousandTraineesHaveUniqueEmails() {
        Set<String> emails = new HashSet<>();
        IntStream.rangeClosed(1, 10_000).forEach(n -> emails.add(GeneratedNames.email("trainee", n, 10_000)));
        assertEquals(10_000, emails.size());
        assertEquals("trainee00001@gen.example.org", GeneratedNames.email("trainee", 1, 10_000));
        assertEquals("mentor001@gen.example.org", GeneratedNames.email("mentor", 1, 400));
        assertEquals("admin01@gen.example.org", GeneratedNames.email("admin", 1, 7));
    }

    @Test
    void countsAreProportionalToTrainees() {
        GenerationSizes full = new GenerationSizes(10_000, 100);
        assertEquals(400, full.mentors());
        assertEquals(500_000, full.attendanceMarks());
        assertEquals(10_000, IntStream.range(0, 100).map(full::traineesOf).sum());
        assertEquals(full.mentors(), IntStream.range(0, 100).map(full::mentorsOf).sum());

        GenerationSizes small = new GenerationSizes(301, 3);
        assertEquals(301, IntStream.range(0, 3).map(small::traineesOf).sum());
        assertEquals(15_050, small.attendanceMarks());
        assertEquals(13, small.mentors());
        assertThrows(IllegalArgumentException.class, () -> new GenerationSizes(5, 10));
    }

    @Test
    void districtNamesInTheGenitive() {
        assertEquals("Крутинского района", GeneratedPeople.genitive("Крутинский район"));
        assertEquals("Азовского немецкого национального района",
                GeneratedPeople.genitive("Азовский немецкий национальный район"));
        assertEquals("города Омска", GeneratedPeople.genitive("г. Омск"));
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"«Ёлка» \\\"x\\\"\\n\\\\\"", ProgrammeRows.json("«Ёлка» \"x\"\n\\"));
    }
}
