package ru.ciss.lms.api.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every error the API answers (written by {@link Problems}); here for the OpenAPI document. */
@Schema(name = "Problem", description = "RFC 9457 problem details / описание ошибки по RFC 9457",
        requiredProperties = {"type", "title", "status", "detail"})
public record ProblemJson(
        @Schema(description = "urn:lms:problem:<ключ / key>", pattern = "^urn:lms:problem:[A-Za-z]+$") String type,
        @Schema(description = "Кратко, на языке Accept-Language / in short, in the language of Accept-Language") String title,
        @Schema(description = "HTTP-статус / the HTTP status") int status,
        @Schema(description = "Что случилось и что делать / what happened and what to do") String detail) {
}
