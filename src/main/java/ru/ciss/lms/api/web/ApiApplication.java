package ru.ciss.lms.api.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for other systems (the fund's, the region's): /api/v1, described at /openapi. Every call brings an
 * administrator's personal token (see {@link ApiAuthenticationFilter}).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "LMS школы лидеров ресурсных центров / School of resource-centre leaders LMS",
        version = "1", description = "Данные школы для других систем. Каждый запрос несёт личный ключ администратора: "
                + "Authorization: Bearer lms_… Ошибки — application/problem+json (RFC 9457) на языке Accept-Language. / "
                + "The school's data for other systems. Every request carries an administrator's personal token: "
                + "Authorization: Bearer lms_… Errors are application/problem+json (RFC 9457) in the language of "
                + "Accept-Language."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Личный ключ API (страница «Ключи API») / a personal API token (the «API tokens» page)")
public class ApiApplication extends Application {
}
