package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.AssignmentForms;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #21, finding 1: a trainee who sends their answer with a forged Host header does not get to choose where the
 * mentors' «Работа на проверку» e-mail links: links come from configuration (the shared test server's
 * LMS_PUBLIC_URL is http://localhost:&lt;its port&gt;), never from a request.
 */
class HostHeaderIT {

    private final URL url = SharedApplication.url();

    @Test
    void aForgedHostHeaderNeverReachesAnEmail() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Хостова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Ссылкин", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON "
                + "p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
        WebClient t = new WebClient(url);
        t.signIn(trainee.email(), trainee.password());
        String path = "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort;
        String page = t.get(path).body();

        Map<String, String> form = new LinkedHashMap<>(AssignmentForms.answer("Ответ с чужим адресом.", "submit"));
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([A-Za-z0-9+/=]+)\"").matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String answer = forgedHostPost(path, form, t.cookieHeader());
        assertTrue(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 302"), answer);
        assertEquals("SUBMITTED", TestData.value("SELECT state FROM submission WHERE person_id = ?", trainee.id()),
                () -> "the answer was sent: " + answer);

        String mail = TestData.value("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1",
                mentor.email());
        assertTrue(mail != null && mail.contains("http://localhost:" + url.getPort() + "/review/submission.xhtml?id="),
                () -> "the link points at the configured address: " + mail);
        assertFalse(mail.contains("evil.example"), mail);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE body LIKE '%evil.example%'"),
                "no message anywhere carries the forged host");
    }

    /** A plain HTTP/1.1 request over a socket: Java's HttpClient does not let a caller set Host. */
    private String forgedHostPost(String path, Map<String, String> form, String cookies) throws Exception {
        // The answer form takes files, so it is multipart, as the browser sends it.
        String boundary = "----lms" + System.nanoTime();
        byte[] body = (form.entrySet().stream().map(e -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n").collect(Collectors.joining()) + "--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: evil.example:8080\r\nCookie: " + cookies
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
