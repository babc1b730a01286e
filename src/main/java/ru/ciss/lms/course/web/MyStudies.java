package ru.ciss.lms.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Study;

/** The trainee's home: their cohorts, module progress and the next lesson to open. */
@Named
@RequestScoped
public class MyStudies {

    @Inject
    Study study;

    private List<CohortViews.MyCohort> cohorts;

    public List<CohortViews.MyCohort> getCohorts() {
        if (cohorts == null) {
            cohorts = study.myCohorts();
        }
        return cohorts;
    }
}
