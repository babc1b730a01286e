package ru.ciss.lms.api.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.web.Texts;

/**
 * The API's errors as {@code application/problem+json} (RFC 9457), in Russian unless the client prefers English
 * ({@code Accept-Language}). The key names the problem for programs ({@code type} is {@code urn:lms:problem:<key>});
 * title and detail are for the person reading a log.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final List<Locale> SPOKEN = List.of(Locale.of("ru"), Locale.ENGLISH);

    /** The client's language among ours: the first of Accept-Language we speak, else Russian. */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SPOKEN.getFirst();
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return best == null ? SPOKEN.getFirst() : best;
        } catch (IllegalArgumentException e) {
            return SPOKEN.getFirst();
        }
    }

    /** The body; {@code key} is a text of the bundle under api.problem.<key> with .title and .detail. */
    public static String body(int status, String key, Locale locale, Object... args) {
        return members(status, key, locale, args).build().toString();
    }

    /** The body's members, for a problem that adds its own (RFC 9457 extension members). */
    static JsonObjectBuilder members(int status, String key, Locale locale, Object... args) {
        return Json.createObjectBuilder()
                .add("type", "urn:lms:problem:" + key)
                .add("title", Texts.get(locale, "api.problem." + key + ".title"))
                .add("status", status)
                .add("detail", Texts.get(locale, "api.problem." + key + ".detail", args));
    }

    /** A problem+json answer in the client's language. */
    static Response answer(int status, Locale locale, JsonObjectBuilder body) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).entity(body.build().toString()).build();
    }

    /**
     * A request the rules refused ({@code urn:lms:problem:refused}): the detail is the reason the pages would show,
     * and {@code reason} its key, for programs.
     */
    public static Response refusal(int status, RefusedException refused, HttpHeaders headers) {
        Locale locale = language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return answer(status, locale, Json.createObjectBuilder()
                .add("type", "urn:lms:problem:refused")
                .add("title", Texts.get(locale, "api.problem.refused.title"))
                .add("status", status)
                .add("detail", Texts.get(locale, refused.messageKey(), refused.args()))
                .add("reason", refused.messageKey()));
    }

    /** For JAX-RS resources and mappers. */
    public static Response response(int status, String key, HttpHeaders headers, Object... args) {
        Locale locale = language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return answer(status, locale, members(status, key, locale, args));
    }

    /** For the servlet filter, before JAX-RS is reached. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key,
            Object... args) throws IOException {
        Locale locale = language(request.getHeader("Accept-Language"));
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Language", locale.getLanguage());
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = body(status, key, locale, args).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private Problems() {
    }
}
