package ru.ciss.lms.platform.web.fields;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.platform.web.Texts;

/**
 * {@code h:messages}: the page's own messages (those of no field; the fields show theirs next to them), then, once
 * a page, a summary of the fields with problems, each a link to its field, so that a long form says at the top
 * what to fix and where.
 */
final class ProblemSummaryRenderer extends RendererWrapper {

    private static final String DONE = ProblemSummaryRenderer.class.getName() + ".done";

    ProblemSummaryRenderer(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (component instanceof UIMessages messages && !messages.isGlobalOnly()) {
            // The fields say their own; this list keeps to the messages of the whole page.
            messages.setGlobalOnly(true);
            try {
                super.encodeEnd(context, component);
            } finally {
                messages.setGlobalOnly(false);
            }
        } else {
            super.encodeEnd(context, component);
        }
        if (context.getAttributes().putIfAbsent(DONE, Boolean.TRUE) == null) {
            summary(context, component);
        }
    }

    private static void summary(FacesContext context, UIComponent component) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (Iterator<String> it = context.getClientIdsWithMessages(); it.hasNext(); ) {
            String id = it.next();
            if (id != null && context.getMessageList(id).stream()
                    .anyMatch(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal())) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, String> labels = labels(context, ids);
        ResponseWriter out = context.getResponseWriter();
        out.startElement("div", null);
        out.writeAttribute("id", "problem-summary", null);
        out.writeAttribute("class", "error-summary", null);
        out.writeAttribute("tabindex", "-1", null);
        out.startElement("p", null);
        out.writeText(Texts.get("form.problems"), null);
        out.endElement("p");
        out.startElement("ul", null);
        for (String id : ids) {
            for (FacesMessage message : context.getMessageList(id)) {
                out.startElement("li", null);
                out.startElement("a", null);
                out.writeURIAttribute("href", "#" + id, null);
                String label = labels.get(id);
                String text = message.getDetail();
                // Faces' own messages already begin with the field's label ("Процент: ..."); the app's do not.
                boolean named = label == null || label.isBlank() || text.startsWith(label.strip());
                out.writeText(named ? text : label.strip() + " — " + text, null);
                out.endElement("a");
                out.endElement("li");
            }
        }
        out.endElement("ul");
        out.endElement("div");
    }

    /** Each field's label as the reader sees it (inside a repeated row, that row's label). */
    private static Map<String, String> labels(FacesContext context, Set<String> ids) {
        Map<String, String> labels = new HashMap<>();
        try {
            context.getViewRoot().visitTree(VisitContext.createVisitContext(context, ids,
                    EnumSet.of(VisitHint.SKIP_UNRENDERED)), (visit, target) -> {
                        if (target instanceof EditableValueHolder) {
                            labels.put(target.getClientId(visit.getFacesContext()), label(target));
                        }
                        return VisitResult.ACCEPT;
                    });
        } catch (RuntimeException e) {
            // A label is a nicety: the summary still links every problem.
        }
        return labels;
    }

    private static String label(UIComponent field) {
        Object own = field.getAttributes().get("label");
        if (own != null) {
            return own.toString();
        }
        List<UIComponent> near = new ArrayList<>();
        UIComponent parent = field.getParent();
        for (int depth = 0; parent != null && depth < 2; depth++, parent = parent.getParent()) {
            near.addAll(parent.getChildren());
        }
        for (UIComponent c : near) {
            if (c instanceof HtmlOutputLabel l && field.getId().equals(l.getFor()) && l.getValue() != null) {
                return l.getValue().toString();
            }
        }
        return null;
    }
}
