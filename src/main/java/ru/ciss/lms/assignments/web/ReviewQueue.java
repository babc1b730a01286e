package ru.ciss.lms.assignments.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ciss.lms.assignments.SubmissionState;
import ru.ciss.lms.assignments.boundary.AssignmentViews.QueueRow;
import ru.ciss.lms.assignments.boundary.ReviewFilter;
import ru.ciss.lms.assignments.boundary.Reviews;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.platform.database.CountedRows;
import ru.ciss.lms.platform.web.OneCallLazyModel;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.fields.MenuOptions;

/** /review/queue.xhtml: answers waiting for review (by default), filtered by module, district and state; paged. */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    People people;

    private Long moduleId;
    private Integer districtId;
    private SubmissionState state = SubmissionState.SUBMITTED;
    // The reference lists and the table's model (with its page of rows) are not kept in the replicated session:
    // serialized after every request they cost more than loading them again (the page benchmark's profile).
    private transient MenuOptions moduleOptions;
    private transient MenuOptions districtOptions;
    private transient MenuOptions stateOptions;
    private transient LazyDataModel<QueueRow> model;

    public void apply() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext
                .getCurrentInstance().getViewRoot().findComponent(":results:queue");
        if (table != null) {
            table.setFirst(0);
        }
        // Applied in place, and said in the address too: reload, Back from a submission and a bookmark show the same
        // queue (the view parameters below read it back, leniently: a mangled bookmark shows the default queue).
        ru.ciss.lms.platform.web.FilterAddress.show("/review/queue.xhtml", ru.ciss.lms.platform.web.FilterAddress
                .parameters("module", getModuleParam(), "district", getDistrictParam(),
                        "state", state == SubmissionState.SUBMITTED ? null : getStateParam()));
    }

    /** The address's word for «any state» (no state parameter means the default, waiting for review). */
    static final String ANY_STATE = "ALL";

    public String getModuleParam() {
        return moduleId == null ? null : moduleId.toString();
    }

    public void setModuleParam(String value) {
        moduleId = ru.ciss.lms.platform.web.FilterAddress.id(value);
    }

    public String getDistrictParam() {
        return districtId == null ? null : districtId.toString();
    }

    public void setDistrictParam(String value) {
        districtId = ru.ciss.lms.platform.web.FilterAddress.smallId(value);
    }

    public String getStateParam() {
        return state == null ? ANY_STATE : state.name();
    }

    public void setStateParam(String value) {
        if (ANY_STATE.equals(value)) {
            state = null;
        } else if (ru.ciss.lms.platform.web.FilterAddress.named(SubmissionState.class, value) != null) {
            state = ru.ciss.lms.platform.web.FilterAddress.named(SubmissionState.class, value);
        }
    }

    /** The states to filter by, as options of the filter's plain menu (built once for the page's language). */
    public List<SelectItem> getStateOptions() {
        if (stateOptions == null) {
            stateOptions = new MenuOptions();
        }
        return stateOptions.in(locale -> java.util.stream.Stream.of(SubmissionState.SUBMITTED,
                SubmissionState.RETURNED, SubmissionState.ACCEPTED)
                .map(s -> new SelectItem(s, Texts.get(locale, "assignment.state." + s))).toList());
    }

    public LazyDataModel<QueueRow> getModel() {
        if (model == null) {
            model = new QueueModel();
        }
        return model;
    }

    /** The modules the reviewer can filter by («Программа: 3. Модуль»), as options of the filter's plain menu. */
    public List<SelectItem> getModuleOptions() {
        if (moduleOptions == null) {
            moduleOptions = new MenuOptions();
        }
        return moduleOptions.in(locale -> reviews.modules().stream()
                .map(m -> new SelectItem(m[0], m[3] + ": " + m[1] + ". " + m[2])).toList());
    }

    /** The districts to filter by, as options of the filter's plain menu. */
    public List<SelectItem> getDistrictOptions() {
        if (districtOptions == null) {
            districtOptions = new MenuOptions();
        }
        return districtOptions.in(locale -> people.districtChoices().stream()
                .map(d -> new SelectItem(d.id(), d.name(locale))).toList());
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public SubmissionState getState() {
        return state;
    }

    public void setState(SubmissionState state) {
        this.state = state;
    }

    private ReviewFilter filter() {
        return new ReviewFilter(moduleId, districtId, state);
    }

    private final class QueueModel extends OneCallLazyModel<QueueRow> {

        private static final long serialVersionUID = 1L;

        QueueModel() {
            super(":results:queue");
        }

        @Override
        protected CountedRows<QueueRow> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
            return reviews.queue(filter(), first, pageSize); // oldest first, whatever the table's sort
        }

        @Override
        public String getRowKey(QueueRow row) {
            return String.valueOf(row.submissionId());
        }

        @Override
        public QueueRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : ((List<QueueRow>) getWrappedData()).stream()
                    .filter(r -> rowKey.equals(String.valueOf(r.submissionId()))).findFirst().orElse(null);
        }
    }
}
