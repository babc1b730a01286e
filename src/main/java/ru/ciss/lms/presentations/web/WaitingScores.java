package ru.ciss.lms.presentations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.presentations.boundary.PresentationViews.QueueRow;
import ru.ciss.lms.presentations.boundary.Scoring;

/** The mentor's home: presentations allocated to them whose score they have not submitted yet (one query). */
@Named
@RequestScoped
public class WaitingScores {

    @Inject
    Scoring scoring;

    private List<QueueRow> rows;

    public List<QueueRow> getRows() {
        if (rows == null) {
            rows = scoring.queue().stream().filter(row -> !row.submitted()).toList();
        }
        return rows;
    }
}
