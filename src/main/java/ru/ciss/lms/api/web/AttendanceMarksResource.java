package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.AttendanceViews;

/**
 * One trainee's mark of one session day: read it with its version as ETag, and set it by the marking grid's rules
 * (a trainee of the cohort, expected that day, a reason for EXCUSED, the day not cancelled), recorded in the day's
 * trail as made through the API by the token's owner. Changing a mark needs If-Match: a mark someone changed since
 * it was read is not overwritten (412).
 */
@Path("cohorts/{id}/session-days/{dayId}/attendance-marks/{personId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "cohorts") // the tag CohortsResource declares: a second declaration would repeat it in the document
public class AttendanceMarksResource {

    private static final Set<String> STATUSES = Set.of("PRESENT", "LATE", "EXCUSED", "ABSENT");

    @Inject
    Attendance attendance;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Schema(name = "Mark", requiredProperties = {"status"})
    @jakarta.json.bind.annotation.JsonbNillable
    public record MarkJson(@Schema(enumeration = {"PRESENT", "LATE", "EXCUSED", "ABSENT"}) String status,
                           @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"),
                                   description = "Причина, обязательна для EXCUSED / the reason, needed for EXCUSED")
                           String reason) {
    }

    @GET
    @Operation(operationId = "attendanceMark", summary = "Отметка слушателя за день / a trainee's mark of a day",
            description = "ETag — версия отметки, для If-Match при изменении / the ETag is the mark's version, for "
                    + "If-Match when changing it")
    @APIResponse(responseCode = "200", description = "Отметка / the mark", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MarkJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого дня потока или отметки ещё нет / no such day of "
            + "the cohort, or not marked yet", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    public Response get(@PathParam("id") long cohortId, @PathParam("dayId") long dayId,
                        @PathParam("personId") long personId) {
        AttendanceViews.MarkState mark = current(cohortId, dayId, personId)
                .orElseThrow(() -> new ApiProblem(404, "notFound"));
        return Response.ok(new MarkJson(mark.status(), mark.reason())).tag(tag(mark)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markAttendance", summary = "Отметить слушателя / mark a trainee", description =
            "По правилам журнала; изменить существующую отметку — с If-Match / by the grid's rules; changing an "
                    + "existing mark needs If-Match")
    @APIResponse(responseCode = "200", description = "Отмечен / marked", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MarkJson.class)))
    @APIResponse(responseCode = "400", description = "Нет такой отметки / no such status",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого дня потока / no such day of the cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "409", description = "Правила журнала не позволяют; detail — почему / the grid's "
            + "rules refuse; detail says why", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "412", description = "Отметка изменилась после чтения / changed since it was read",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "428", description = "Отметка уже есть, нужен If-Match / the mark exists: If-Match "
            + "needed", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    public Response put(@PathParam("id") long cohortId, @PathParam("dayId") long dayId,
                        @PathParam("personId") long personId, MarkJson body) {
        if (body == null || body.status() == null || !STATUSES.contains(body.status())) {
            throw new ApiProblem(400, "badRequest");
        }
        Optional<AttendanceViews.MarkState> before = current(cohortId, dayId, personId);
        if (before.isPresent()) {
            if (headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
                throw new ApiProblem(428, "ifMatch");
            }
            if (request.evaluatePreconditions(tag(before.get())) != null) {
                throw new ApiProblem(412, "stale");
            }
        } else if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            throw new ApiProblem(412, "stale"); // the client saw a mark that is not there
        }
        AttendanceViews.SaveResult saved;
        try {
            saved = attendance.saveFromApi(dayId, personId, body.status(), body.reason(),
                    before.map(AttendanceViews.MarkState::version).orElse(null));
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            if (raced(e)) {
                throw new ApiProblem(412, "stale"); // saved by someone else in the same instant, as the grid says
            }
            throw e;
        }
        if (!saved.conflicts().isEmpty()) {
            throw new ApiProblem(412, "stale"); // changed between our read and the save: the other one is kept
        }
        AttendanceViews.MarkState after = current(cohortId, dayId, personId).orElseThrow();
        return Response.ok(new MarkJson(after.status(), after.reason())).tag(tag(after)).build();
    }

    /** The mark, after checking that the day is the cohort's (404 for any other day, as for a missing one). */
    private Optional<AttendanceViews.MarkState> current(long cohortId, long dayId, long personId) {
        if (!attendance.cohortOfDay(dayId).map(c -> c == cohortId).orElse(false)) {
            throw new ApiProblem(404, "notFound");
        }
        return attendance.mark(dayId, personId);
    }

    /** The same mark saved at the same moment by someone else: a version or a unique key refused this one. */
    private static boolean raced(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static EntityTag tag(AttendanceViews.MarkState mark) {
        return new EntityTag("v" + mark.version());
    }
}
