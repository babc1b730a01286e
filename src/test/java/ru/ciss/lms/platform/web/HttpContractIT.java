package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/** What every response promises: security headers, compression, caching, health, errors without stack traces. */
class HttpContractIT {

    URL url = SharedApplication.url();

    /** What a leaked stack trace looks like: "at org.example.Class.method(" or "Caused by:". */
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]+\\.[a-z]+\\.[\\w.$]+\\(|Caused by:");

    @Test
    void pagesCarryTheSecurityHeadersAndANoncePolicy() {
        HttpResponse<String> page = new WebClient(url).get("/login.xhtml");
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        // One strict policy (issue #21): no inline script or style, scripts only with this page's nonce.
        assertEquals(1, policies.size(), policies::toString);
        assertTrue(policies.getFirst().contains("frame-ancestors 'none'"), policies::toString);
        assertTrue(policies.getFirst().matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"), policies::toString);
        assertTrue(policies.getFirst().matches(".*style-src 'self'( 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+)?;.*"),
                policies::toString);
        assertFalse(policies.getFirst().contains("unsafe-inline") || policies.getFirst().contains("unsafe-eval"),
                policies::toString);
        // What is not a page allows nothing to run: the JSON API, a static file, the health check, a script, and the
        // redirect to sign-in that the container sends before any filter runs.
        for (String path : new String[] {"/api/certificates/RC-1999-0001", "/unavailable.html", "/health/ready",
                "/jakarta.faces.resource/page.js.xhtml?ln=lms", "/home/trainee.xhtml"}) {
            HttpResponse<String> other = new WebClient(url).get(path);
            List<String> its = other.headers().allValues("Content-Security-Policy");
            assertEquals(1, its.size(), () -> path + ": " + other.statusCode() + " " + other.headers().map());
            assertTrue(its.getFirst().startsWith("default-src 'none'") && !its.getFirst().contains("unsafe")
                    && !its.getFirst().contains("script-src"), () -> path + ": " + its);
        }
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LMSSESSION="))
                .findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(page.body().contains(";jsessionid="), "no session ids in links");
    }

    /**
     * PrimeFaces' head (its 212 KB theme, its icon stylesheet, a locale script and a settings script) only on pages
     * with PrimeFaces components (PageHeadRenderer): the trainee's pages and the forms of the account load the school's
     * stylesheet and script alone, with the page's nonce; the people register, a PrimeFaces table, keeps them all.
     */
    @Test
    void onlyPagesWithPrimeFacesComponentsLoadPrimeFaces() {
        TestPeople.Account trainee = TestPeople.create("Лёгкостраничная", "TRAINEE");
        WebClient client = WebClient.signedIn(url, trainee);
        for (String path : List.of("/home/trainee.xhtml", "/account/password.xhtml", "/account/profile.xhtml")) {
            String page = client.get(path).body();
            String head = page.substring(0, page.indexOf("</head>"));
            assertTrue(head.matches("(?s)<!DOCTYPE html>\\s*<html[^>]*><head>.*<meta charset=\"utf-8\" />.*"), head);
            assertTrue(head.contains("lms.css.xhtml?ln=lms"), () -> path + ": " + head);
            assertPageScriptEndsTheHead(path, page);
            for (String prime : List.of("ln=primefaces", "theme.css", "primeicons", "locale-", "PrimeFaces.")) {
                assertFalse(page.contains(prime), () -> path + " names " + prime + ": " + page);
            }
        }
        TestPeople.Account admin = TestPeople.create("Тяжелостраничная", "ADMINISTRATOR");
        String people = WebClient.signedIn(url, admin).get("/people/list.xhtml").body();
        assertPageScriptEndsTheHead("/people/list.xhtml", people);
        assertPageScriptEndsTheHead("/login.xhtml", new WebClient(url).get("/login.xhtml").body());
        String error = new WebClient(url).get("/errors/500.xhtml").body();
        assertFalse(error.contains("page.js"), () -> "the error pages stay without scripts: " + error);
        for (String prime : List.of("theme.css.xhtml?ln=primefaces-saga-blue", "primeicons.css", "core.js",
                "locales/locale-ru.js", "pf.settings=")) {
            assertTrue(people.contains(prime), () -> "the people register loads " + prime + ": " + people);
        }
    }

    /**
     * page.js is the head's last element, once, with the page's nonce, on pages with PrimeFaces' head and without:
     * PrimeFaces moved it to the end of the body, and a phone showed the whole menu until the page was read through.
     */
    private static void assertPageScriptEndsTheHead(String path, String page) {
        java.util.regex.Matcher script = java.util.regex.Pattern.compile(
                "<script src=\"[^\"]*page\\.js\\.xhtml\\?ln=lms[^\"]*\"[^>]* nonce=\"[^\"]+\"[^>]*></script>").matcher(page);
        assertTrue(script.find(), () -> path + ": " + page);
        assertTrue(page.startsWith("</head>", script.end()), () -> path + ": page.js ends the head: " + page);
        assertFalse(script.find(), () -> path + ": page.js once: " + page);
    }

    /**
     * A page that keeps no state takes no place in the session either: opened again and again it leaves the session
     * as it was (StatelessPages). It used to make a view map each time, one of the six the session keeps, pushing out
     * the view-scoped beans of a page open in another tab. The calendar first, a page that keeps state: its bean once
     * held a reversed() view of a list, which the replicated session could not serialize.
     */
    @Test
    void pagesThatKeepNoStateLeaveTheSessionAsItWas() {
        TestPeople.Account trainee = TestPeople.create("Бесследная", "TRAINEE");
        WebClient client = WebClient.signedIn(url, trainee);
        client.get("/attendance/calendar.xhtml");
        String first = client.get("/home/trainee.xhtml").headers().firstValue("X-Session-Bytes").orElse("none");
        assertTrue(first.matches("\\d+"), () -> "the session's size is told: " + first);
        java.util.List<String> sizes = new java.util.ArrayList<>();
        for (int visit = 0; visit < 8; visit++) {
            sizes.add(client.get("/home/trainee.xhtml").headers().firstValue("X-Session-Bytes").orElse("none"));
        }
        assertTrue(sizes.stream().allMatch(first::equals), () -> "after " + first + " bytes: " + sizes);
    }

    /**
     * The most visited pages keep no Faces state in the (replicated) session: their only forms are the language switch
     * and sign-out, which work without it (SignInBrowserIT uses both on these pages). A page with forms of its own
     * keeps its state, which is also the guard against forged posts.
     */
    @Test
    void pagesThatOnlyShowThingsKeepNoViewStateInTheSession() {
        String[][] pages = {{"TRAINEE", "/home/trainee.xhtml"}, {"MENTOR", "/home/mentor.xhtml"},
                {"ADMINISTRATOR", "/home/admin.xhtml"}};
        for (String[] page : pages) {
            TestPeople.Account account = TestPeople.create("Безсостоянный", page[0]);
            WebClient client = new WebClient(url);
            client.signIn(account.email(), account.password());
            assertEquals("stateless", viewState(client.get(page[1]).body()), page[1]);
            assertFalse("stateless".equals(viewState(client.get("/account/profile.xhtml").body())),
                    "the profile form keeps its state");
        }
    }

    private static String viewState(String page) {
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), page);
        return state.group(1);
    }

    @Test
    void theSignInPageIsRussianByDefaultAndEnglishWhenTheBrowserAsks() {
        assertTrue(new WebClient(url).get("/login.xhtml").body().contains("lang=\"ru\""));
        String english = new WebClient(url).get("/login.xhtml", "Accept-Language", "en-GB,en;q=0.9").body();
        assertTrue(english.contains("lang=\"en\"") && english.contains("Sign in"), english);
    }

    @Test
    void textIsCompressedAndVersionedResourcesAreCachedForAYear() {
        WebClient client = new WebClient(url);
        HttpResponse<byte[]> page = client.getBytes("/login.xhtml", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
        Matcher css = Pattern.compile("href=\"([^\"]+lms\\.css[^\"]*)\"").matcher(client.get("/login.xhtml").body());
        assertTrue(css.find());
        HttpResponse<byte[]> resource = client.getBytes(css.group(1).replace("&amp;", "&"), "Accept-Encoding", "gzip");
        assertEquals(200, resource.statusCode());
        assertTrue(resource.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        assertEquals("gzip", resource.headers().firstValue("Content-Encoding").orElse(""));
    }

    /**
     * The school's scripts and styles are cached for a year, so their address changes with their content: a returning
     * browser never runs an old script against a new page. An address naming another version (a page built by an
     * instance before or after an update) is answered, but never kept for a year.
     */
    @Test
    void theSchoolsOwnResourcesAreAddressedByTheirContent() throws Exception {
        WebClient client = new WebClient(url);
        String page = client.get("/login.xhtml").body();
        Path sources = Path.of(System.getProperty("lms.project.dir", "."), "src/main/webapp/resources/lms");
        for (String file : new String[] {"page.js", "lms.css"}) {
            Matcher link = Pattern.compile("(/jakarta\\.faces\\.resource/" + Pattern.quote(file)
                    + "\\.xhtml\\?ln=lms&(?:amp;)?v=([0-9a-f]+))\"").matcher(page);
            assertTrue(link.find(), () -> file + " is not linked with a version: " + page);
            byte[] content = Files.readAllBytes(sources.resolve(file));
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
            assertEquals(expected, link.group(2), file + "'s address names its content's digest");

            HttpResponse<byte[]> current = client.getBytes(link.group(1).replace("&amp;", "&"));
            assertEquals(200, current.statusCode());
            assertArrayEquals(content, current.body());
            assertEquals("public, max-age=31536000, immutable", current.headers().firstValue("Cache-Control").orElse(""));

            HttpResponse<byte[]> other = client.getBytes("/jakarta.faces.resource/" + file + ".xhtml?ln=lms&v=0123456789ab");
            assertEquals(200, other.statusCode(), "a page built by another instance still gets the file");
            assertEquals("no-cache", other.headers().firstValue("Cache-Control").orElse(""),
                    "but no browser keeps it for a year under an address that is not its own");
        }
    }

    @Test
    void readinessReportsTheDatabase() {
        HttpResponse<String> health = new WebClient(url).get("/health/ready");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"database\":\"UP\""), health.body());
    }

    @Test
    void anUnknownPageGetsTheRussian404PageWithoutServerDetails() {
        HttpResponse<String> missing = new WebClient(url).get("/no/such/page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Страница не найдена"), missing.body());
        assertFalse(STACK_TRACE.matcher(missing.body()).find() || missing.body().contains("Payara"), missing.body());
    }

    @Test
    void hostileOrHugeSignInInputGetsAMessageNeverAServerError() {
        for (String[] attempt : List.of(
                new String[] {"x".repeat(10_000) + "@example.org", "x".repeat(10_000)},
                new String[] {"' OR '1'='1' --", "' OR '1'='1' --"},
                new String[] {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>"},
                new String[] {"", ""})) {
            WebClient client = new WebClient(url);
            String page = client.get("/login.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("signin", "signin");
            form.put("signin:email", attempt[0]);
            form.put("signin:password", attempt[1]);
            form.put("signin:submit", "Войти");
            HttpResponse<String> answer = client.postForm("/login.xhtml", page, form);
            assertEquals(200, answer.statusCode(), attempt[0]);
            assertTrue(answer.body().contains("class=\"msg-error\"") || answer.body().contains("field-error"),
                    () -> "no message for " + attempt[0].substring(0, Math.min(30, attempt[0].length())));
            assertFalse(answer.body().contains("<script>alert(1)</script>"), "input is escaped");
        }
    }

    @Test
    void aFormPostedWithAStaleViewStateGetsTheExpiredPage() {
        // The public check's form (the sign-in form is carried out after it expired: SignInAfterExpiryIT).
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lookup", "lookup");
        form.put("lookup:typed", "РЦ-2026-0001");
        form.put("lookup:find", "x");
        form.put("jakarta.faces.ViewState", "1234567890:987654321");
        WebClient client = new WebClient(url);
        HttpResponse<String> answer = client.post("/verify.xhtml", form);
        assertEquals(302, answer.statusCode());
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/errors/expired.xhtml"), location);
        String page = client.get(location.substring(location.indexOf("/errors/"))).body();
        assertTrue(page.contains("Страница устарела"), page);
        // It says only what is known: the action was not carried out; nothing about data that may not have been kept.
        assertTrue(page.contains("действие не выполнено"), page);
        assertFalse(page.contains("долго не работали"), "it is not always the person's long pause: " + page);
        assertFalse(STACK_TRACE.matcher(page).find(), "no stack trace");
    }

    @Test
    void theServersMetricsAreNotPublic() {
        for (String path : new String[] {"/metrics", "/metrics/base", "/metrics/vendor", "/openapi", "/health"}) {
            HttpResponse<String> answer = new WebClient(url).get(path);
            assertFalse(answer.statusCode() == 200 && (answer.body().contains("memory") || answer.body().contains("thread")
                    || answer.body().contains("uptime")), () -> path + " tells anyone about the server: " + answer.body());
        }
    }

    @Test
    void theErrorPageClaimsNoDataWasKept() {
        String page = new WebClient(url).get("/errors/500.xhtml").body();
        assertTrue(page.contains("Запрос не выполнен"), page);
        assertFalse(page.contains("не потеряны"), "the 500 page does not know that anything was kept: " + page);
        assertTrue(page.contains("могли не сохраниться"), page);
    }
}
