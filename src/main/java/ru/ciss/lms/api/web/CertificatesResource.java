package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.certificates.boundary.Certificates;
import ru.ciss.lms.certificates.boundary.OpenBadges;

/**
 * The register of certificates: read page by page, one with its version as ETag; issued to one trainee and revoked
 * with the same rules, refusals and audit trail as on the pages (the trail names the token's owner).
 */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates", description = "Сертификаты / certificates")
public class CertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    OpenBadges badges;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @jakarta.json.bind.annotation.JsonbNillable // replacesId and replacedById as null rather than left out
    @Schema(name = "Certificate", requiredProperties = {"id", "number", "personId", "holder", "programme", "cohortId",
            "hours", "issuedOn", "status"})
    public record CertificateJson(long id, String number, long personId, String holder, String programme,
                                  long cohortId, int hours,
                                  @Schema(format = "date", description = "YYYY-MM-DD") String issuedOn,
                                  @Schema(enumeration = {"VALID", "REVOKED", "REPLACED"}) String status,
                                  @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"),
                                          description = "Какой сертификат заменяет / the one it replaces")
                                  Long replacesId,
                                  @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"),
                                          description = "Каким заменён / the one that replaced it")
                                  Long replacedById) {
        static CertificateJson of(CertificateViews.CertificateFacts c) {
            return new CertificateJson(c.id(), c.number(), c.personId(), c.holder(), c.programme(), c.cohortId(),
                    c.hours(), c.issuedOn().toString(), c.status().name(), c.replacesId(), c.replacedById());
        }
    }

    @Schema(name = "CertificatePage")
    public record CertificatePage(List<CertificateJson> items,
                                  @jakarta.json.bind.annotation.JsonbNillable
                                  @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"))
                                  String next) {
    }

    @Schema(name = "IssueRequest", requiredProperties = {"cohortId", "personId"})
    public record IssueRequest(long cohortId, long personId) {
    }

    @Schema(name = "RevocationRequest", requiredProperties = {"publicNote"})
    public record RevocationRequest(
            @Schema(description = "Причина, видна на странице проверки / the reason, shown on the verification page")
            String publicNote,
            @Schema(description = "Заметка для администраторов / a note for administrators") String internalNote) {
    }

    @GET
    @Operation(operationId = "certificates", summary = "Сертификаты / certificates",
            description = "В порядке выдачи, страницами / in the order they were issued, page by page")
    @APIResponse(responseCode = "200", description = "Страница реестра / a page of the register", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificatePage.class)))
    @APIResponse(responseCode = "400", description = "Неверный курсор или размер страницы / a wrong cursor or limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public CertificatePage list(
            @Parameter(description = "Курсор из next / the cursor from next") @QueryParam("after") String after,
            @Parameter(description = "Размер страницы, 1–200 / page size, 1–200") @QueryParam("limit") Integer limit,
            @Parameter(description = "Только этого потока / of this cohort only") @QueryParam("cohort") Long cohortId) {
        Cursor.Slice<CertificateJson> page = Cursor.page(after, limit, (from, rows) -> certificates.facts(from, rows,
                cohortId), CertificateJson::of, CertificateViews.CertificateFacts::id);
        return new CertificatePage(page.items(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "certificate", summary = "Сертификат / one certificate",
            description = "ETag — версия; If-None-Match даёт 304 / the ETag is the version; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "Сертификат / the certificate", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateJson.class)))
    @APIResponse(responseCode = "304", description = "Не изменился / unchanged")
    @APIResponse(responseCode = "404", description = "Нет такого / no such certificate",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public Response one(@PathParam("id") long id) {
        CertificateViews.CertificateFacts certificate = find(id);
        EntityTag tag = tag(certificate);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null ? unchanged.tag(tag).build() : Response.ok(CertificateJson.of(certificate)).tag(tag).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueCertificate", summary = "Выдать сертификат / issue a certificate",
            description = "Одному слушателю потока, по тем же правилам, что на странице выдачи / to one trainee of the "
                    + "cohort, by the same rules as the issuing page")
    @APIResponse(responseCode = "201", description = "Выдан / issued", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateJson.class)))
    @APIResponse(responseCode = "409", description = "Правила не позволяют; detail — почему / the rules refuse; "
            + "detail says why", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    public Response issue(IssueRequest body) {
        if (body == null) {
            throw new ApiProblem(400, "badRequest");
        }
        String number = certificates.issueOne(body.cohortId(), body.personId());
        CertificateViews.CertificateFacts issued = certificates.facts(number).orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("certificates").path(String.valueOf(issued.id())).build())
                .entity(CertificateJson.of(issued)).tag(tag(issued)).build();
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeCertificate", summary = "Отозвать сертификат / revoke a certificate",
            description = "Нужен If-Match с ETag сертификата: отзыв по устаревшим данным не пройдёт / needs If-Match "
                    + "with the certificate's ETag: a revocation based on stale data is refused")
    @APIResponse(responseCode = "200", description = "Отозван / revoked", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого / no such certificate",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "409", description = "Правила не позволяют; detail — почему / the rules refuse; "
            + "detail says why", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "412", description = "Сертификат изменился после чтения / changed since it was read",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "428", description = "Нет If-Match / no If-Match",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public Response revoke(@PathParam("id") long id, RevocationRequest body) {
        CertificateViews.CertificateFacts certificate = find(id);
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            throw new ApiProblem(428, "ifMatch");
        }
        if (request.evaluatePreconditions(tag(certificate)) != null) {
            throw new ApiProblem(412, "stale");
        }
        certificates.revoke(id, certificate.version(), body == null ? null : body.publicNote(),
                body == null ? null : body.internalNote());
        CertificateViews.CertificateFacts revoked = find(id);
        return Response.ok(CertificateJson.of(revoked)).tag(tag(revoked)).build();
    }

    @Schema(name = "Credential", requiredProperties = {"number", "jwt"})
    public record CredentialJson(String number,
                                 @Schema(description = "OpenBadgeCredential как VC-JWT (компактный JWS, RS256); "
                                         + "проверка — см. open-badges.md / the OpenBadgeCredential as a VC-JWT "
                                         + "(compact JWS, RS256); how to verify it: open-badges.md") String jwt) {
    }

    @GET
    @Path("{id}/credential")
    @Operation(operationId = "certificateCredential", summary = "Бейдж Open Badges 3.0 / the Open Badges 3.0 "
            + "credential", description = "Подписан ключом школы, тот же, что скачивает выпускник; отзыв — по списку "
            + "статусов / signed with the school's key, the same the graduate downloads; revocation is in its status list")
    @APIResponse(responseCode = "200", description = "Бейдж / the credential", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого / no such certificate",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public CredentialJson credential(@PathParam("id") long id) {
        find(id);
        OpenBadges.Download badge = badges.jwt(id);
        return new CredentialJson(badge.number(), new String(badge.content(), java.nio.charset.StandardCharsets.US_ASCII));
    }

    private CertificateViews.CertificateFacts find(long id) {
        return certificates.facts(id).orElseThrow(() -> new ApiProblem(404, "notFound"));
    }

    private static EntityTag tag(CertificateViews.CertificateFacts certificate) {
        return new EntityTag("v" + certificate.version());
    }
}
