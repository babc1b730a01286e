package ru.ciss.lms.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookies (one per person), for tests that need status codes and headers. */
public final class WebClient {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([A-Za-z0-9+/=]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /**
     * One HTTP client for every WebClient: each JDK client keeps a selector thread for as long as it lives, and with
     * one client per WebClient the test JVM ended with dozens of them spinning on connections to servers the drills
     * had killed, taking a core from the rest of the run. Cookies are kept per WebClient (below), not by the client.
     */
    private static final HttpClient SHARED = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** No answer within this long is a failure to report, not a wait to the end of the build. */
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(3);

    private final HttpClient http = SHARED;
    /** Cookies kept as a browser sends them back: name=value only (java.net.CookieManager sends more). */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> always = new LinkedHashMap<>();
    private final String base;

    public WebClient(URL deployment) {
        // 127.0.0.1, not localhost: the server listens on IPv4, and ::1 may be tried first.
        base = Deployments.awaitListening(deployment);
    }

    /**
     * Sends this header with every request from now on; e.g. X-Forwarded-For (the tests' proxy is trusted) to be a
     * visitor of its own for the per-address limits, which every other test from 127.0.0.1 draws on too.
     */
    public WebClient always(String name, String value) {
        always.put(name, value);
        return this;
    }

    /** A client of an app already known to listen at this address (e.g. one a drill started itself). */
    public WebClient(String base) {
        this.base = base;
    }

    /** The cookies this client sends, as a Cookie header's value (e.g. for a load generator that reuses a session). */
    public String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A client signed in as that person through the real sign-in form; fails the test unless the form answered with
     * the redirect that follows a sign-in.
     */
    public static WebClient signedIn(URL deployment, TestPeople.Account account) {
        WebClient client = new WebClient(deployment);
        int status = client.signIn(account.email(), account.password()).statusCode();
        if (status != 302) {
            throw new AssertionError("signing in " + account.email() + " answered " + status + ", not 302");
        }
        return client;
    }

    /** Signs in through the real sign-in form; returns the response to the form post. */
    public HttpResponse<String> signIn(String email, String password) {
        String page = get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", email);
        form.put("signin:password", password);
        form.put("signin:submit", "Войти");
        return postForm("/login.xhtml", page, form);
    }

    /**
     * Posts a form of a page the way the browser does: with the page's view state and PrimeFaces' CSP nonce,
     * which PrimeFaces' script adds to every form and the server checks on postback.
     */
    public HttpResponse<String> postForm(String path, String page, Map<String, String> fields, String... headers) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return post(path, form, headers);
    }

    /** A form post whose answer is a file (a download button): the same as postForm, the answer as bytes. */
    public HttpResponse<byte[]> postFormBytes(String path, String page, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A file field of a multipart form: the field's name, the file name the browser sends, the bytes. */
    public record FilePart(String field, String fileName, byte[] content) {
    }

    /** Posts a multipart form of a page (with its view state), as a browser sends a form with file inputs. */
    public HttpResponse<String> postMultipart(String path, String page, Map<String, String> fields, FilePart... files) {
        return postMultipart(path, page, fields, 0, files);
    }

    /**
     * The same, sending the body at most {@code bytesPerSecond} fast (0: as fast as it goes), as a rural connection
     * does; a drill uses it to have uploads still on their way when it kills the server.
     */
    public HttpResponse<String> postMultipart(String path, String page, Map<String, String> fields,
            long bytesPerSecond, FilePart... files) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----lms" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (FilePart file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        byte[] bytes = body.toByteArray();
        HttpRequest.BodyPublisher publisher = bytesPerSecond <= 0 ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new PacedStream(bytes, bytesPerSecond)), bytes.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher).build());
    }

    /** Hands out its bytes no faster than the given rate, in small pieces. */
    private static final class PacedStream extends java.io.InputStream {
        private final byte[] bytes;
        private final long bytesPerSecond;
        private final long startedNanos = System.nanoTime();
        private int position;

        PacedStream(byte[] bytes, long bytesPerSecond) {
            this.bytes = bytes;
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            long allowed = (System.nanoTime() - startedNanos) * bytesPerSecond / 1_000_000_000L;
            while (allowed <= position) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
                allowed = (System.nanoTime() - startedNanos) * bytesPerSecond / 1_000_000_000L;
            }
            int n = (int) Math.min(Math.min(length, 16 * 1024), Math.min(allowed, bytes.length) - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, new String[0]);
    }

    /** The same with extra headers, name then value (e.g. {@code Faces-Request: partial/ajax} for an ajax post). */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * Follows a post-redirect-get as a browser does: a 302/303 answer is replaced by the GET of its Location (with the
     * flash cookie it set); any other answer is returned as it is.
     */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            return response;
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith(base) ? location.substring(base.length()) : URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()));
    }

    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state in page");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest request) {
        return remember(exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (request.timeout().isEmpty()) {
            withCookies.timeout(ANSWER_WITHIN);
        }
        always.forEach(withCookies::setHeader);
        if (!cookies.isEmpty()) {
            withCookies.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            return remember(http.send(withCookies.build(), handler));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        }
    }

    private <T> HttpResponse<T> remember(HttpResponse<T> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }
}
