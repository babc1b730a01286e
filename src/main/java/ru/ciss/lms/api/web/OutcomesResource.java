package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.outcomes.boundary.OutcomeReview;
import ru.ciss.lms.outcomes.boundary.OutcomeViews;

/**
 * What graduates achieved after the programme (a resource centre opened, an organisation registered, a service
 * started, funds raised), as they reported it and the school confirmed it: page by page, and one with its ETag.
 * Evidence files stay with the school; the API says whether there is one.
 */
@Path("outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outcomes", description = "Результаты выпускников / graduates' outcomes")
public class OutcomesResource {

    private static final Set<String> STATES = Set.of("REPORTED", "CONFIRMED", "QUESTIONED");
    private static final String NULLABLE = OpenApiDefaults.NULLABLE;

    @Inject
    OutcomeReview outcomes;

    @Context
    Request request;

    @jakarta.json.bind.annotation.JsonbNillable
    @Schema(name = "Outcome", requiredProperties = {"id", "personId", "cohortId", "kind", "happenedOn", "state",
            "hasEvidenceFile", "reportedAt"})
    public record OutcomeJson(long id, long personId, long cohortId,
                              @Schema(enumeration = {"RESOURCE_CENTRE", "ORGANISATION", "SERVICE", "FUNDS"}) String kind,
                              @Schema(format = "date", description = "YYYY-MM-DD") String happenedOn,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) Integer districtId,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) String name,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) String hostOrganisation,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true"),
                                      description = "Организационно-правовая форма / legal form") String legalForm,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) String audience,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true"),
                                      description = "GRANT, SUBSIDY, SPONSOR, OTHER") String fundingSource,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) Long amountRoubles,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) Integer peopleReached,
                              @Schema(enumeration = {"REPORTED", "CONFIRMED", "QUESTIONED"}, description = "Сообщён, "
                                      + "подтверждён школой, возвращён с вопросом / reported, confirmed by the school, "
                                      + "questioned") String state,
                              boolean hasEvidenceFile,
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) String evidenceUrl,
                              @Schema(format = "date-time") String reportedAt,
                              @Schema(format = "date-time", extensions = @Extension(name = NULLABLE, value = "true"))
                              String reviewedAt) {
        static OutcomeJson of(OutcomeViews.OutcomeFacts o) {
            return new OutcomeJson(o.id(), o.personId(), o.cohortId(), o.kind(), o.happenedOn().toString(),
                    o.districtId(), o.name(), o.hostOrganisation(), o.legalForm(), o.audience(), o.fundingSource(),
                    o.amountRoubles(), o.peopleReached(), o.state(), o.hasEvidenceFile(), o.evidenceUrl(),
                    text(o.reportedAt()), text(o.reviewedAt()));
        }

        private static String text(Instant at) {
            return at == null ? null : at.toString();
        }
    }

    @Schema(name = "OutcomePage")
    public record OutcomePage(List<OutcomeJson> items,
                              @jakarta.json.bind.annotation.JsonbNillable
                              @Schema(extensions = @Extension(name = NULLABLE, value = "true")) String next) {
    }

    @GET
    @Operation(operationId = "outcomes", summary = "Результаты выпускников / graduates' outcomes",
            description = "В порядке сообщения, страницами / in the order they were reported, page by page")
    @APIResponse(responseCode = "200", description = "Страница результатов / a page of outcomes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomePage.class)))
    @APIResponse(responseCode = "400", description = "Неверный курсор, размер страницы или состояние / a wrong "
            + "cursor, limit or state", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    public OutcomePage list(
            @Parameter(description = "Курсор из next / the cursor from next") @QueryParam("after") String after,
            @Parameter(description = "Размер страницы, 1–200 / page size, 1–200") @QueryParam("limit") Integer limit,
            @Parameter(description = "Только этого потока / of this cohort only") @QueryParam("cohort") Long cohortId,
            @Parameter(description = "REPORTED, CONFIRMED или QUESTIONED / or QUESTIONED") @QueryParam("state")
            String state) {
        if (state != null && !STATES.contains(state)) {
            throw new ApiProblem(400, "badRequest");
        }
        Cursor.Slice<OutcomeJson> page = Cursor.page(after, limit, (from, rows) -> outcomes.facts(from, rows,
                cohortId, state), OutcomeJson::of, OutcomeViews.OutcomeFacts::id);
        return new OutcomePage(page.items(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "outcome", summary = "Результат / one outcome",
            description = "ETag — версия; If-None-Match даёт 304 / the ETag is the version; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "Результат / the outcome", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeJson.class)))
    @APIResponse(responseCode = "304", description = "Не изменился / unchanged")
    @APIResponse(responseCode = "404", description = "Нет такого / no such outcome",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public Response one(@PathParam("id") long id) {
        OutcomeViews.OutcomeFacts outcome = outcomes.facts(id).orElseThrow(() -> new ApiProblem(404, "notFound"));
        EntityTag tag = new EntityTag("v" + outcome.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null ? unchanged.tag(tag).build() : Response.ok(OutcomeJson.of(outcome)).tag(tag).build();
    }
}
