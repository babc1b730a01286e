package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.assignments.SubmissionState;
import ru.ciss.lms.assignments.boundary.AssignmentViews;
import ru.ciss.lms.assignments.boundary.Reviews;
import ru.ciss.lms.course.boundary.Cohorts;

/**
 * A cohort's answers to assignments, page by page: what state each is in, when it was sent and decided, its
 * score; never the answer's text or files (those stay with the trainee, the reviewers and the school).
 */
@Path("cohorts/{id}/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "cohorts") // the tag CohortsResource declares: a second declaration would repeat it in the document
public class SubmissionsResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Reviews reviews;

    @jakarta.json.bind.annotation.JsonbNillable
    @Schema(name = "Submission", requiredProperties = {"id", "moduleId", "moduleTitle", "personId", "state",
            "versions", "late", "version"})
    public record SubmissionJson(long id, long moduleId, String moduleTitle, long personId,
                                 @Schema(enumeration = {"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"}) String state,
                                 @Schema(description = "Сколько раз отправлен / how many times it was sent")
                                 int versions,
                                 @Schema(format = "date-time", extensions = @Extension(name = OpenApiDefaults.NULLABLE,
                                         value = "true"), description = "Последняя отправка; null — ещё черновик / the "
                                         + "latest sending; null: still a draft") String submittedAt,
                                 @Schema(description = "Отправлен после срока / sent after the due date") boolean late,
                                 @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"))
                                 Integer score,
                                 @Schema(format = "date-time", extensions = @Extension(name = OpenApiDefaults.NULLABLE,
                                         value = "true"), description = "Последнее решение проверяющего / the "
                                         + "reviewer's latest decision") String decidedAt,
                                 long version) {
        static SubmissionJson of(AssignmentViews.SubmissionFacts s) {
            return new SubmissionJson(s.id(), s.moduleId(), s.moduleTitle(), s.personId(), s.state().name(),
                    s.versions(), s.submittedAt() == null ? null : s.submittedAt().toString(), s.late(), s.score(),
                    s.decidedAt() == null ? null : s.decidedAt().toString(), s.version());
        }
    }

    @Schema(name = "SubmissionPage")
    public record SubmissionPage(List<SubmissionJson> items,
                                 @jakarta.json.bind.annotation.JsonbNillable
                                 @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"))
                                 String next) {
    }

    @GET
    @Operation(operationId = "cohortSubmissions", summary = "Ответы на задания потока / a cohort's submissions",
            description = "Состояние и даты, без текста и файлов; страницами / state and dates, without text or files; "
                    + "page by page")
    @APIResponse(responseCode = "200", description = "Страница ответов / a page of submissions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionPage.class)))
    @APIResponse(responseCode = "400", description = "Неверный курсор, размер страницы или состояние / a wrong "
            + "cursor, limit or state", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public SubmissionPage list(
            @PathParam("id") long id,
            @Parameter(description = "Курсор из next / the cursor from next") @QueryParam("after") String after,
            @Parameter(description = "Размер страницы, 1–200 / page size, 1–200") @QueryParam("limit") Integer limit,
            @Parameter(description = "DRAFT, SUBMITTED, RETURNED или ACCEPTED / or ACCEPTED") @QueryParam("state")
            String state,
            @Parameter(description = "Только ответы на задание этого модуля / only answers to this module's "
                    + "assignment") @QueryParam("module") Long moduleId) {
        cohorts.facts(id).orElseThrow(() -> new ApiProblem(404, "notFound"));
        SubmissionState wanted = state(state);
        Cursor.Slice<SubmissionJson> page = Cursor.page(after, limit, (from, rows) -> reviews.facts(id, from, rows,
                wanted, moduleId), SubmissionJson::of, AssignmentViews.SubmissionFacts::id);
        return new SubmissionPage(page.items(), page.next());
    }

    private static SubmissionState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return SubmissionState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "badRequest");
        }
    }
}
