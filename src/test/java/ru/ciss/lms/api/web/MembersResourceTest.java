package ru.ciss.lms.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The people sent to enrol are the import's rows, and a problem names a field the client sent. */
class MembersResourceTest {

    @Test
    void aProblemsFieldIsOneOfThePersonsProperties() throws Exception {
        List<String> properties = Arrays.stream(MembersResource.PersonJson.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        Schema field = MembersResource.FieldProblemJson.class.getDeclaredField("field").getAnnotation(Schema.class);
        assertEquals(properties, List.of(field.enumeration()), "the document lists what a client can be told to fix");
    }

    @Test
    void thePeopleBecomeTheImportsLinesUnderItsHeader() {
        String file = new String(MembersResource.csv(List.of(new MembersResource.PersonJson("Ёлкина", "Дарья", null,
                "elkina@example.org", null, "Тарский", "НКО «Свет; и тень»", null, null, "2026-11-21"))),
                StandardCharsets.UTF_8);
        List<String> lines = file.lines().toList();
        assertEquals(String.join(";", MembersResource.HEADER), lines.get(0));
        assertEquals("Ёлкина;Дарья;;elkina@example.org;;Тарский;\"НКО «Свет; и тень»\";;;21.11.2026", lines.get(1),
                "a delimiter in a value is quoted, an ISO date written as the import writes dates");
    }
}
