package ru.ciss.lms.course.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.course.boundary.CohortViews.CohortChoice;
import ru.ciss.lms.platform.web.NotFound;

/**
 * The {@code ?cohort=} of a trainee's page (issue #19): every study, assignment and presentation page is about one
 * cohort, named in its address, so a trainee in two cohorts of one programme never gets «the first» of them.
 * <ul>
 *   <li>A cohort in the address must be one of the trainee's cohorts the page can be about; any other id answers
 *       «Страница не найдена», like a foreign id anywhere else.</li>
 *   <li>An old address without it (bookmarks, e-mails sent before) still works: with exactly one such cohort the
 *       browser is sent to the address with it; with several the page shows the list to choose from.</li>
 * </ul>
 */
public final class CohortAddress {

    /** A link of the choice list: the cohort's name and programme, and the page's address for it. */
    public record Link(String name, String programmeTitle, String href) implements Serializable {
    }

    /** What the address resolved to: the cohort, or the list to choose from; both null when already answered. */
    public record Resolved(Long cohortId, List<Link> choice) {
        public boolean answered() {
            return cohortId == null && choice == null;
        }
    }

    /**
     * @param cohort  the address's parameter as given (may be null or not a number)
     * @param choices the trainee's cohorts this page can be about
     * @param path    the page's path within the application with its other parameters, e.g.
     *                "/study/assignment.xhtml?module=5" (the cohort is added to its end)
     */
    public static Resolved resolve(String cohort, List<CohortChoice> choices, String path) throws IOException {
        return resolve(cohort, choices, path, true);
    }

    /**
     * As {@link #resolve(String, List, String)}; with {@code redirectOne} false, one cohort is taken as it is (it is
     * the trainee's only one, not «the first»): for reading pages whose old addresses are in every bookmark and offline
     * copy, where a redirect would only cost a round trip on a weak line.
     */
    public static Resolved resolve(String cohort, List<CohortChoice> choices, String path, boolean redirectOne)
            throws IOException {
        if (cohort != null && !cohort.isBlank()) {
            try {
                long id = Long.parseLong(cohort.strip());
                if (choices.stream().anyMatch(c -> c.cohortId() == id)) {
                    return new Resolved(id, null);
                }
            } catch (NumberFormatException e) {
                // answered as not found below, like any id that is not the trainee's
            }
            NotFound.answer();
            return new Resolved(null, null);
        }
        return resolveUnnamed(openFirst(choices), path, redirectOne);
    }

    /**
     * An address that names no cohort (a bookmark, an offline copy's link) means the trainee's current studies: a
     * finished cohort is offered only when no open one studies the page, so a graduate enrolled again is not asked.
     */
    private static List<CohortChoice> openFirst(List<CohortChoice> choices) {
        List<CohortChoice> open = choices.stream().filter(c -> !c.finished()).toList();
        return open.isEmpty() ? choices : open;
    }

    private static Resolved resolveUnnamed(List<CohortChoice> choices, String path, boolean redirectOne)
            throws IOException {
        if (choices.isEmpty()) {
            NotFound.answer();
            return new Resolved(null, null);
        }
        if (choices.size() == 1 && !redirectOne) {
            return new Resolved(choices.getFirst().cohortId(), null);
        }
        if (choices.size() == 1) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + with(path, choices.getFirst().cohortId()));
            FacesContext.getCurrentInstance().responseComplete();
            return new Resolved(null, null);
        }
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return new Resolved(null, choices.stream()
                .map(c -> new Link(c.name(), c.programmeTitle(), context + with(path, c.cohortId()))).toList());
    }

    /** The path with {@code cohort=} added as its last parameter, e.g. "/study/assignment.xhtml?module=5&cohort=3". */
    public static String with(String path, long cohortId) {
        return path + (path.indexOf('?') < 0 ? "?" : "&") + "cohort=" + cohortId;
    }

    private CohortAddress() {
    }
}
