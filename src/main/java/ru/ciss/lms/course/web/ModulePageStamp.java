package ru.ciss.lms.course.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.web.PageStamp;

/**
 * The module page's stamp for its conditional GET (issue #25): a trainee opens a module again and again on the way
 * through its lessons, and it changes only when they mark a lesson or the school changes the course or their cohorts.
 * The page is stateless (no view state to keep), so the browser's copy stays usable. The cohort parameter is part of
 * the address, which is part of the tag.
 */
@ApplicationScoped
public class ModulePageStamp implements PageStamp {

    @Inject
    Study study;

    @Override
    public String path() {
        return "/study/module.xhtml";
    }

    @Override
    public String of(HttpServletRequest request) {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}") || !request.isUserInRole(Role.TRAINEE_NAME)) {
            return null;
        }
        return study.moduleStamp(Long.parseLong(id));
    }
}
