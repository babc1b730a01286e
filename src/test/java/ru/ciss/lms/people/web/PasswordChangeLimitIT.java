package ru.ciss.lms.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #21, points 6 and 7 over HTTP: the current password on /account/password.xhtml is checked under the
 * account's sign-in limit (five wrong, then even the right one is refused, and signing in is locked too), and a
 * guessable new password is refused with its reason.
 */
class PasswordChangeLimitIT {

    private static final String PAGE = "/account/password.xhtml";

    URL url = SharedApplication.url();

    @Test
    void theCurrentPasswordCannotBeGuessedFasterThanAtTheSignInForm() throws Exception {
        TestPeople.Account trainee = TestPeople.create("Угадайкина", "TRAINEE");
        String hash = TestData.value("SELECT password_hash FROM person WHERE id = ?", trainee.id());
        WebClient t = new WebClient(url);
        assertEquals(302, t.signIn(trainee.email(), trainee.password()).statusCode());
        for (int i = 1; i <= 5; i++) {
            String wrong = t.follow(t.postForm(PAGE, t.get(PAGE).body(), change("не-тот-пароль-" + i, "Новая-фраза-для-входа")))
                    .body();
            assertTrue(wrong.contains("Текущий пароль указан неверно"), wrong);
        }
        String locked = t.follow(t.postForm(PAGE, t.get(PAGE).body(), change(trainee.password(), "Новая-фраза-для-входа")))
                .body();
        assertTrue(locked.contains("Слишком много неудачных попыток входа или ввода пароля"), locked);
        var signIn = new WebClient(url).signIn(trainee.email(), trainee.password());
        assertTrue(signIn.statusCode() != 302 && signIn.body().contains("Слишком много неудачных попыток входа"),
                () -> "signing in is locked too: " + signIn.statusCode() + " " + signIn.body());
        assertEquals(hash, TestData.value("SELECT password_hash FROM person WHERE id = ?", trainee.id()),
                "nothing was changed");
    }

    @Test
    void aGuessableNewPasswordIsRefusedWithItsReason() {
        TestPeople.Account mentor = TestPeople.create("Простопарольный", "MENTOR");
        WebClient m = new WebClient(url);
        m.signIn(mentor.email(), mentor.password());
        String common = m.follow(m.postForm(PAGE, m.get(PAGE).body(), change(mentor.password(), "12345678"))).body();
        assertTrue(common.contains("из списка самых распространённых"), common);
        String keyboard = m.follow(m.postForm(PAGE, m.get(PAGE).body(), change(mentor.password(), "zxcvbnm,./"))).body();
        assertTrue(keyboard.contains("ряд соседних клавиш"), keyboard);
        String accepted = m.follow(m.postForm(PAGE, m.get(PAGE).body(), change(mentor.password(), "Рябина у колодца 7 раз")))
                .body();
        assertTrue(accepted.contains("Пароль изменён"), accepted);
    }

    private static Map<String, String> change(String current, String next) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:currentPassword", current);
        form.put("password:newPassword", next);
        form.put("password:repeatPassword", next);
        form.put("password:submit", "submit");
        return form;
    }
}
