package ru.ciss.lms.api.web;

/** Texts the OpenAPI annotations of several resources share (annotations take constants only). */
final class ApiDocs {

    static final String UNAUTHORIZED = "Нет ключа, или он не действует / no token, or it does not work";
    static final String TOO_MANY = "Слишком много запросов; см. Retry-After / too many requests; see Retry-After";

    private ApiDocs() {
    }
}
