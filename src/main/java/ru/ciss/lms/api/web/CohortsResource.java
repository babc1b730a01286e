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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.attendance.boundary.Sessions;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.presentations.boundary.PresentationAdmin;

/**
 * Cohorts, page by page with a stable cursor, one cohort with its version as ETag, and what belongs to a cohort:
 * its members, session days, attendance marks and presentation results (read through those features' boundaries).
 */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts", description = "Потоки / cohorts")
public class CohortsResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Sessions sessions;

    @Inject
    Attendance attendance;

    @Inject
    PresentationAdmin presentationAdmin;

    @Context
    Request request;

    /** A page of cohorts, named for the OpenAPI document (a generic page has no schema of its own). */
    @Schema(name = "CohortPage")
    public record CohortPage(List<CohortJson> items,
                             @jakarta.json.bind.annotation.JsonbNillable
                             @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"))
                             String next) {
    }

    @Schema(name = "Cohort", requiredProperties = {"id", "name", "programmeId", "programmeTitle", "startsOn", "endsOn",
            "status", "trainees", "mentors"})
    public record CohortJson(long id, String name, long programmeId, String programmeTitle,
                             @Schema(format = "date", description = "YYYY-MM-DD") String startsOn,
                             @Schema(format = "date", description = "YYYY-MM-DD") String endsOn,
                             @Schema(enumeration = {"PLANNED", "ACTIVE", "FINISHED", "ARCHIVED"}) String status,
                             long trainees, long mentors) {
        // Dates and the status as text: Payara would describe a LocalDate and an enum of another package as objects.
        static CohortJson of(CohortViews.CohortFacts c) {
            return new CohortJson(c.id(), c.name(), c.programmeId(), c.programmeTitle(), c.startsOn().toString(),
                    c.endsOn().toString(), c.status().name(), c.trainees(), c.mentors());
        }
    }

    @GET
    @Operation(operationId = "cohorts", summary = "Потоки / cohorts", description = "В порядке создания, "
            + "страницами; next — курсор следующей страницы / in the order they were made, page by page; next is the "
            + "next page's cursor")
    @APIResponse(responseCode = "200", description = "Страница потоков / a page of cohorts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortPage.class)))
    @APIResponse(responseCode = "400", description = "Неверный курсор или размер страницы / a wrong cursor or limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public CohortPage list(
            @Parameter(description = "Курсор из next / the cursor from next") @QueryParam("after") String after,
            @Parameter(description = "Размер страницы, 1–200, по умолчанию 50 / page size, 1–200, default 50")
            @QueryParam("limit") Integer limit,
            @Parameter(description = "Только потоки этой программы / only this programme's cohorts")
            @QueryParam("programme") Long programmeId) {
        Cursor.Slice<CohortJson> page = Cursor.page(after, limit, (from, rows) -> cohorts.facts(from, rows,
                programmeId), CohortJson::of, CohortViews.CohortFacts::id);
        return new CohortPage(page.items(), page.next());
    }

    @Schema(name = "SessionDay", requiredProperties = {"dayId", "sessionId", "sessionTitle", "format", "date",
            "startsAt", "endsAt", "cancelled"})
    @jakarta.json.bind.annotation.JsonbNillable
    public record SessionDayJson(long dayId, long sessionId, String sessionTitle,
                                 @Schema(enumeration = {"IN_PERSON", "ONLINE"}) String format,
                                 @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"))
                                 String place,
                                 @Schema(format = "date", description = "YYYY-MM-DD") String date,
                                 @Schema(description = "HH:mm, время Омска / Omsk time") String startsAt,
                                 @Schema(description = "HH:mm, время Омска / Omsk time") String endsAt,
                                 @Schema(description = "Отменён: не входит в посещаемость / cancelled: no part of "
                                         + "attendance") boolean cancelled) {
        static SessionDayJson of(String title, SessionViews.DayRow d) {
            return new SessionDayJson(d.dayId(), d.sessionId(), title, String.valueOf(d.format()), d.place(),
                    d.day().toString(), d.startsAt().toString(), d.endsAt().toString(), d.cancelled());
        }
    }

    @Schema(name = "AttendanceMark", requiredProperties = {"dayId", "personId", "status"})
    @jakarta.json.bind.annotation.JsonbNillable
    public record MarkJson(long dayId, long personId,
                           @Schema(enumeration = {"PRESENT", "LATE", "EXCUSED", "ABSENT"}) String status,
                           @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"),
                                   description = "Причина (для EXCUSED) / the reason (for EXCUSED)") String reason) {
    }

    @GET
    @Path("{id}/session-days")
    @Operation(operationId = "cohortSessionDays", summary = "Дни сессий потока / a cohort's session days",
            description = "По дате; отменённые помечены / by date; cancelled ones are marked")
    @APIResponse(responseCode = "200", description = "Дни / the days", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SessionDayJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public List<SessionDayJson> sessionDays(@PathParam("id") long id) {
        cohort(id);
        return sessions.ofCohort(id).stream()
                .flatMap(s -> s.days().stream().map(d -> SessionDayJson.of(s.title(), d)))
                .sorted(java.util.Comparator.comparing(SessionDayJson::date).thenComparing(SessionDayJson::startsAt))
                .toList();
    }

    @GET
    @Path("{id}/attendance-marks")
    @Operation(operationId = "cohortAttendanceMarks", summary = "Отметки посещаемости / attendance marks",
            description = "Все отметки дней потока; нет отметки — не отмечен / every mark of the cohort's days; no mark "
                    + "means not marked")
    @APIResponse(responseCode = "200", description = "Отметки / the marks", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MarkJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public List<MarkJson> attendanceMarks(@PathParam("id") long id) {
        cohort(id);
        return attendance.marksOfCohort(id).stream()
                .map(m -> new MarkJson(m.dayId(), m.personId(), m.status(), m.reason())).toList();
    }

    @Schema(name = "PresentationResult", requiredProperties = {"personId", "trainee", "mentorsAllocated",
            "scoresSubmitted", "flagged", "passed"})
    @jakarta.json.bind.annotation.JsonbNillable
    public record PresentationJson(long personId, String trainee,
                                   @Schema(enumeration = {"DRAFT", "SUBMITTED", "RETURNED"}, extensions = @Extension(
                                           name = OpenApiDefaults.NULLABLE, value = "true"),
                                           description = "null: плана ещё нет / no plan yet") String state,
                                   int mentorsAllocated, int scoresSubmitted,
                                   @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"),
                                           description = "Итог в процентах после модерации / the result in per cent, "
                                                   + "after moderation") Double resultPercent,
                                   @Schema(description = "Оценки наставников расходятся / the mentors' scores "
                                           + "disagree") boolean flagged,
                                   @Schema(description = "Итог не ниже проходного балла / the result reaches the "
                                           + "pass mark") boolean passed) {
    }

    @GET
    @Path("{id}/presentations")
    @Operation(operationId = "cohortPresentations", summary = "Итоговые презентации потока / a cohort's final "
            + "presentations", description = "Каждый слушатель: состояние плана, число наставников и оценок, итог; "
            + "оценки отдельных наставников не выдаются (оценивание слепое) / every trainee: the plan's state, "
            + "mentors and scores, the result; single mentors' scores are not given (scoring is blind)")
    @APIResponse(responseCode = "200", description = "Итоги / the results", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PresentationJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public List<PresentationJson> presentations(@PathParam("id") long id) {
        cohort(id);
        return presentationAdmin.rows(id).stream().map(r -> new PresentationJson(r.personId(), r.traineeName(),
                r.state() == null ? null : r.state().name(), r.mentors().size(), r.scoresSubmitted(),
                r.moderatedPercent() != null ? r.moderatedPercent() : r.finalPercent(), r.flagged(), r.passed()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "cohort", summary = "Поток / one cohort", description = "ETag — версия потока; If-None-Match даёт 304 / the ETag is "
            + "the cohort's version; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "Поток / the cohort",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortJson.class)))
    @APIResponse(responseCode = "304", description = "Не изменился / unchanged")
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public Response one(@PathParam("id") long id) {
        CohortViews.CohortFacts cohort = cohort(id);
        EntityTag tag = new EntityTag("v" + cohort.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(CohortJson.of(cohort)).tag(tag).build();
    }

    /** The cohort, or 404: every route below a cohort's id answers alike for one that does not exist. */
    private CohortViews.CohortFacts cohort(long id) {
        return cohorts.facts(id).orElseThrow(() -> new ApiProblem(404, "notFound"));
    }
}
