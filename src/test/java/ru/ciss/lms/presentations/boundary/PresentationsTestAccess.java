package ru.ciss.lms.presentations.boundary;

import java.nio.file.Path;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.course.control.ContentReader;
import ru.ciss.lms.presentations.entity.Presentation;

/** Lets tests of other packages start from the plan a new trainee sees, in the school's real final-work forms. */
public final class PresentationsTestAccess {

    private static final Path CONTENT = Path.of(System.getProperty("lms.project.dir", "."), "content");

    private PresentationsTestAccess() {
    }

    /** The final-work form of a programme in content/, as the import reads it. */
    public static FinalWorkForm form(String programme) {
        ContentReader.Result result = new ContentReader().read(CONTENT);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result.programmes().stream().filter(p -> p.id().equals(programme)).findFirst().orElseThrow()
                .finalWork();
    }

    public static Presentation.Plan emptyPlan(String programme) {
        return Presentations.emptyPlan(form(programme));
    }
}
