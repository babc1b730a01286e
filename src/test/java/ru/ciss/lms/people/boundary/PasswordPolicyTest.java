package ru.ciss.lms.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #21, point 7: common and guessable passwords are refused with a reason a person can act on. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "ok", value = {
            "12345678           | people.password.common",
            "password1          | people.password.common",
            "qwertyuiop         | people.password.common",
            "'zxcvbnm,./'       | people.password.keyboard",
            "zxcvbnmzxcvbnm     | people.password.repeat",
            "19841984           | people.password.repeat",
            "abcdefghij         | people.password.sequence",
            "01.01.1990         | people.password.date",
            "short              | people.password.tooShort",
            "'        '         | people.password.tooShort",
            "Весенний-поток-2026 | ok",
            "новый-пароль-2026  | ok",
            "достаточно-длинный | ok",
            "Trainee-2026       | ok"})
    void aPasswordIsJudgedWithItsReason(String password, String expected) {
        assertEquals(expected, PasswordPolicy.problem(password));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "semenova1984       | semenova@example.org",
            "Семёнова1984       | Семёнова",
            "Мария Ершова       | Ершова",
            "ершова.МАРИЯ       | Ершова",
            "Мария Семенова 2026 | Семёнова"})
    void thePersonsOwnNameOrEmailIsNoPassword(String password, String personal) {
        assertEquals("people.password.personal", PasswordPolicy.problem(password, personal, "Мария"));
    }

    @org.junit.jupiter.api.Test
    void aLongPasswordIsRefusedBeforeItIsEstimated() {
        assertEquals("people.password.tooLong", PasswordPolicy.problem("x".repeat(129)));
        assertNull(PasswordPolicy.problem("Рябина у колодца 7 раз"));
        assertNull(PasswordPolicy.problem("Мария у колодца, Ершова в поле", "Ершова", "Мария"),
                "names among other words are the person's choice");
    }
}
