package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;

/** Cohorts, page by page with a stable cursor, and one cohort with its version as ETag. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts", description = "Потоки / cohorts")
public class CohortsResource {

    @Inject
    Cohorts cohorts;

    @Context
    Request request;

    @Schema(name = "Cohort")
    public record CohortJson(long id, String name, long programmeId, String programmeTitle, LocalDate startsOn,
                             LocalDate endsOn, CohortStatus status, long trainees, long mentors) {
        static CohortJson of(CohortViews.CohortFacts c) {
            return new CohortJson(c.id(), c.name(), c.programmeId(), c.programmeTitle(), c.startsOn(), c.endsOn(),
                    c.status(), c.trainees(), c.mentors());
        }
    }

    @GET
    @Operation(operationId = "cohorts", summary = "Потоки / cohorts", description = "В порядке создания, страницами; next — курсор следующей "
            + "страницы / in the order they were made, page by page; next is the next page's cursor")
    @APIResponse(responseCode = "200", description = "Страница потоков / a page of cohorts")
    @APIResponse(responseCode = "400", description = "Неверный курсор или размер страницы / a wrong cursor or limit")
    public ApiPage<CohortJson> list(
            @Parameter(description = "Курсор из next / the cursor from next") @QueryParam("after") String after,
            @Parameter(description = "Размер страницы, 1–200, по умолчанию 50 / page size, 1–200, default 50")
            @QueryParam("limit") Integer limit,
            @Parameter(description = "Только потоки этой программы / only this programme's cohorts")
            @QueryParam("programme") Long programmeId) {
        int size = Cursor.limit(limit);
        List<CohortViews.CohortFacts> page = cohorts.facts(Cursor.read(after), size + 1, programmeId);
        List<CohortJson> items = page.stream().limit(size).map(CohortJson::of).toList();
        return new ApiPage<>(items, page.size() > size ? Cursor.after(items.getLast().id()) : null);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "cohort", summary = "Поток / one cohort", description = "ETag — версия потока; If-None-Match даёт 304 / the ETag is "
            + "the cohort's version; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "Поток / the cohort")
    @APIResponse(responseCode = "304", description = "Не изменился / unchanged")
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort")
    public Response one(@PathParam("id") long id) {
        CohortViews.CohortFacts cohort = cohorts.facts(id).orElseThrow(() -> new ApiProblem(404, "notFound"));
        EntityTag tag = new EntityTag("v" + cohort.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(CohortJson.of(cohort)).tag(tag).build();
    }
}
