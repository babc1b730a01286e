package ru.ciss.lms.presentations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.presentations.boundary.PresentationViews.QueueRow;
import ru.ciss.lms.presentations.boundary.Scoring;

/** /presentations/queue.xhtml: the presentations allocated to the mentor, those still to score first. */
@Named
@RequestScoped
public class ScoringQueue {

    @Inject
    Scoring scoring;

    private List<QueueRow> rows;

    public List<QueueRow> getRows() {
        if (rows == null) {
            rows = scoring.queue();
        }
        return rows;
    }
}
