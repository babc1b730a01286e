package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.course.boundary.Courses;

/** The programmes imported from content/. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programmes", description = "Программы обучения / training programmes")
public class ProgrammesResource {

    @Inject
    Courses courses;

    /** A programme as other systems see it. */
    @Schema(name = "Programme", requiredProperties = {"id", "title", "titleEn", "academicHours", "modules", "lessons"})
    public record ProgrammeJson(long id, String title, String titleEn, int academicHours, long modules, long lessons) {
    }

    @GET
    @Operation(operationId = "programmes", summary = "Программы / programmes",
            description = "Все программы, по названию / every programme, by title")
    @APIResponse(responseCode = "200", description = "Программы / the programmes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProgrammeJson.class)))
    public List<ProgrammeJson> list() {
        return courses.programmes().stream().map(p -> new ProgrammeJson(p.id(), p.title(), p.titleEn(),
                p.academicHours(), p.modules(), p.lessons())).toList();
    }
}
