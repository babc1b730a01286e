package ru.ciss.lms.drafts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which draft keys the server takes: a field and its record's numbers, nothing that could reach further. */
class TypedDraftKeyTest {

    @ParameterizedTest
    @CsvSource({
        "assignment:module=12:version=3, true",
        "assignment:cohort=4:module=12:version=3, true",
        "review:submission=5:version=0, true",
        "assignment:module=3:version=-1, true",
        "plan:cohort=7:targets, true",
        "scoring:presentation=31, true",
        "x, false",
        "assignment:module=abc, false",
        "assignment:module=1:version=2:a=3:b=4, false",
        "../../etc/passwd, false",
        "assignment:module=12 OR 1=1, false",
        "Assignment:module=12, false",
        "'', false"})
    void keys(String key, boolean valid) {
        assertEquals(valid, TypedDrafts.validKey(key), key);
    }
}
