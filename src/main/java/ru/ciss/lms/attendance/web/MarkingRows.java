package ru.ciss.lms.attendance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.people.Gender;
import ru.ciss.lms.people.GenderedWords;
import ru.ciss.lms.platform.text.TextFormat;
import ru.ciss.lms.platform.web.Texts;

/**
 * {@code <attendance:markingRows value="#{markingGrid.rows}"/>} (namespace {@code ru.ciss.lms/attendance}): the rows
 * of the marking grid, one {@code <tr>} per trainee with their name, a select of the statuses and the reason, written
 * and read back by this one component. The grid was a {@code ui:repeat} of a select, a text field and a hint per row:
 * a hundred rows meant three hundred components visited, their state saved per row and their attributes resolved
 * through expressions, two thirds of the page's CPU (issue #25). The HTML, the names posted and the rules are the
 * same: {@code grid:row:N:status} and {@code grid:row:N:reason}, a status no option offers is refused at its field
 * (which then says so, as every field does) and nothing is taken, the rows of trainees enrolled after the day are
 * disabled and nothing posted for them is taken, and after a refused post every row shows what was posted. The
 * statuses and the hint agree with each trainee («присутствовала», «зачислен с»), as the person's gender or patronymic
 * tells, and keep the neutral «присутствовал(а)» when neither does.
 */
@FacesComponent(value = MarkingRows.COMPONENT_TYPE, createTag = true, tagName = "markingRows",
        namespace = "ru.ciss.lms/attendance")
public class MarkingRows extends UIComponentBase {

    static final String COMPONENT_TYPE = "ru.ciss.lms.attendance.MarkingRows";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int REASON_MAX = 300;

    /** What one row's fields posted ({@code null}: the field was not posted); kept for this request only. */
    private record Posted(String status, String reason) {
    }

    private Map<Integer, Posted> posted = Map.of();
    private boolean refused;

    public MarkingRows() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return "ru.ciss.lms.attendance";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @SuppressWarnings("unchecked")
    private List<MarkingGrid.Row> rows() {
        Object rows = getAttributes().get("value");
        return rows == null ? List.of() : (List<MarkingGrid.Row>) rows;
    }

    private String fieldId(FacesContext context, int index, String field) {
        char separator = UINamingContainer.getSeparatorChar(context);
        return getClientId(context) + separator + index + separator + field;
    }

    @Override
    public void processDecodes(FacesContext context) {
        posted = Map.of();
        refused = false;
        if (!isRendered()) {
            return;
        }
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        List<MarkingGrid.Row> rows = rows();
        Map<Integer, Posted> found = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            // A disabled select is not posted by a browser; whatever a forged post sends for the row is not taken.
            if (!rows.get(i).isExpected()) {
                continue;
            }
            String status = parameters.get(fieldId(context, i, "status"));
            String reason = parameters.get(fieldId(context, i, "reason"));
            if (status != null || reason != null) {
                found.put(i, new Posted(status, reason));
            }
        }
        posted = found;
    }

    @Override
    public void processValidators(FacesContext context) {
        List<MarkingGrid.Row> rows = rows();
        for (Map.Entry<Integer, Posted> entry : posted.entrySet()) {
            String status = entry.getValue().status();
            if (status != null && !status.isEmpty() && status(status) == null) {
                String text = Texts.get("attendance.mark.statusUnknown", rows.get(entry.getKey()).getFullName());
                context.addMessage(fieldId(context, entry.getKey(), "status"),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                refused = true;
            }
        }
        if (refused) {
            // As a field that cannot convert its value: no model is updated, no action runs, the page is shown again.
            context.validationFailed();
            context.renderResponse();
        }
    }

    @Override
    public void processUpdates(FacesContext context) {
        List<MarkingGrid.Row> rows = rows();
        for (Map.Entry<Integer, Posted> entry : posted.entrySet()) {
            MarkingGrid.Row row = rows.get(entry.getKey());
            Posted fields = entry.getValue();
            if (fields.status() != null) {
                row.setStatus(fields.status().isEmpty() ? null : status(fields.status()));
            }
            if (fields.reason() != null) {
                row.setReason(fields.reason());
            }
        }
        posted = Map.of();
    }

    private static AttendanceStatus status(String name) {
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }

    @Override
    public void encodeBegin(FacesContext context) {
        // Everything is written at the end.
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // No children: the rows are written from the model.
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        Locale locale = context.getViewRoot().getLocale();
        // The words agree with each trainee («присутствовала», «зачислен с»): three sets, each looked up once a page.
        Map<Gender, Labels> byGender = new java.util.EnumMap<>(Gender.class);
        for (Gender gender : Gender.values()) {
            byGender.put(gender, new Labels(locale, gender));
        }
        Labels neutral = new Labels(locale, null);
        boolean problems = context.getMaximumSeverity() != null || context.isValidationFailed();
        // After a refused post, every row shows what was posted, not the model (as fields do when one is refused).
        Map<Integer, Posted> shown = context.isValidationFailed() ? posted : Map.of();
        ResponseWriter out = context.getResponseWriter();
        List<MarkingGrid.Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            MarkingGrid.Row row = rows.get(i);
            Labels labels = row.getGender() == null ? neutral : byGender.get(row.getGender());
            Posted again = shown.get(i);
            String status = again != null && again.status() != null ? again.status()
                    : row.getStatus() == null ? "" : row.getStatus().name();
            String reason = again != null && again.reason() != null ? again.reason() : row.getReason();
            out.startElement("tr", null);
            if (!row.isExpected()) {
                out.writeAttribute("class", "not-expected", null);
            }
            out.startElement("th", null);
            out.writeAttribute("scope", "row", null);
            out.startElement("label", null);
            String statusId = fieldId(context, i, "status");
            out.writeAttribute("for", statusId, null);
            out.writeText(row.getFullName(), null);
            out.endElement("label");
            out.endElement("th");
            out.startElement("td", null);
            writeStatus(context, out, labels, row, statusId, status, problems);
            out.endElement("td");
            out.startElement("td", null);
            if (row.isExpected()) {
                writeReason(context, out, labels, row, fieldId(context, i, "reason"), reason, problems);
            } else {
                out.startElement("span", null);
                out.writeAttribute("id", fieldId(context, i, "why"), null);
                out.writeAttribute("class", "hint", null);
                out.writeText(TextFormat.format(labels.enrolledAfter, locale, day(row)), null);
                out.endElement("span");
            }
            out.endElement("td");
            out.endElement("tr");
        }
    }

    private static void writeStatus(FacesContext context, ResponseWriter out, Labels labels, MarkingGrid.Row row,
            String id, String chosen, boolean problems) throws IOException {
        List<FacesMessage> messages = problems ? context.getMessageList(id) : List.of();
        out.startElement("select", null);
        out.writeAttribute("id", id, null);
        out.writeAttribute("name", id, null);
        out.writeAttribute("size", "1", null);
        if (!row.isExpected()) {
            out.writeAttribute("disabled", "disabled", null);
        }
        markProblem(out, id, messages);
        option(out, "", row.isExpected() ? labels.none : labels.notExpected + " " + day(row), chosen);
        for (AttendanceStatus status : AttendanceStatus.values()) {
            option(out, status.name(), labels.status.get(status), chosen);
        }
        out.endElement("select");
        writeProblem(out, id, messages);
    }

    private static void writeReason(FacesContext context, ResponseWriter out, Labels labels, MarkingGrid.Row row,
            String id, String reason, boolean problems) throws IOException {
        List<FacesMessage> messages = problems ? context.getMessageList(id) : List.of();
        out.startElement("input", null);
        out.writeAttribute("id", id, null);
        out.writeAttribute("type", "text", null);
        out.writeAttribute("name", id, null);
        if (reason != null) {
            out.writeAttribute("value", reason, null);
        }
        out.writeAttribute("maxlength", REASON_MAX, null);
        out.writeAttribute("aria-label", labels.reason + ": " + row.getFullName(), null);
        out.writeAttribute("placeholder", labels.reasonPlaceholder, null);
        markProblem(out, id, messages);
        out.endElement("input");
        writeProblem(out, id, messages);
    }

    private static void option(ResponseWriter out, String value, String label, String chosen) throws IOException {
        out.startElement("option", null);
        out.writeAttribute("value", value, null);
        if (value.equals(chosen)) {
            out.writeAttribute("selected", "selected", null);
        }
        out.writeText(label, null);
        out.endElement("option");
    }

    /** As every field with a problem is marked (FieldRenderer): invalid, and described by what is wrong. */
    private static void markProblem(ResponseWriter out, String id, List<FacesMessage> messages) throws IOException {
        if (!messages.isEmpty()) {
            out.writeAttribute("aria-invalid", "true", null);
            out.writeAttribute("aria-describedby", id + "-error", null);
        }
    }

    private static void writeProblem(ResponseWriter out, String id, List<FacesMessage> messages) throws IOException {
        if (messages.isEmpty()) {
            return;
        }
        out.startElement("span", null);
        out.writeAttribute("id", id + "-error", null);
        out.writeAttribute("class", "field-error", null);
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) {
                out.writeText(" ", null);
            }
            out.writeText(messages.get(i).getDetail(), null);
            messages.get(i).rendered();
        }
        out.endElement("span");
    }

    private static String day(MarkingGrid.Row row) {
        return row.getEnrolledOn() == null ? "" : DAY.format(row.getEnrolledOn());
    }

    /** The page's words for trainees of one gender (null: the neutral forms), looked up once a page, not a row. */
    private static final class Labels {
        final String none;
        final String notExpected;
        /** A pattern: the enrolment date goes in. */
        final String enrolledAfter;
        final String reason;
        final String reasonPlaceholder;
        final Map<AttendanceStatus, String> status = new java.util.EnumMap<>(AttendanceStatus.class);

        Labels(Locale locale, Gender gender) {
            none = Texts.get(locale, "attendance.status.none");
            notExpected = Texts.get(locale, GenderedWords.key("attendance.status.notExpected", gender));
            enrolledAfter = Texts.get(locale, GenderedWords.key("attendance.mark.enrolledAfter", gender));
            reason = Texts.get(locale, "attendance.mark.reason");
            reasonPlaceholder = Texts.get(locale, "attendance.mark.reasonPlaceholder");
            for (AttendanceStatus s : AttendanceStatus.values()) {
                status.put(s, Texts.get(locale, GenderedWords.key("attendance.status." + s, gender)));
            }
        }
    }
}
