package ru.ciss.lms.platform.web.fields;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A field with its problems: while the standard renderer writes it, the field carries {@code aria-invalid="true"}
 * and {@code aria-describedby} naming {@code <clientId>-error} (before any hint it already names); right after it
 * that element says what is wrong, each message the field has. Works inside {@code ui:repeat}, where one component
 * is written once per row: the attributes are set for the row being written and taken back after it.
 *
 * <p>For file fields it also keeps a chosen file that is empty: the standard renderer drops a 0-byte part as if
 * no file had been chosen, so the person was told "saved" and the file silently vanished. A part with a name now
 * reaches the page, and the file store refuses it naming the file ({@code files.refused.EMPTY}).
 */
final class FieldRenderer extends RendererWrapper {

    private static final String SAVED = FieldRenderer.class.getName() + ".saved";
    private static final String INVALID = "aria-invalid";
    private static final String DESCRIBED = "aria-describedby";

    private final boolean file;

    FieldRenderer(Renderer wrapped, boolean file) {
        super(wrapped);
        this.file = file;
    }

    /** The id of the element that says what is wrong with the field of this client id. */
    static String errorId(String clientId) {
        return clientId + "-error";
    }

    /**
     * Nothing to mark on this page: no message for anyone and no validation failed (every GET, and every post that
     * went through). Then the field is written exactly as the standard renderer writes it, without asking each row of
     * a grid for its client id and messages three times (4 % of the attendance grid's CPU, issue #25).
     */
    private static boolean nothingToMark(FacesContext context) {
        return context.getMaximumSeverity() == null && !context.isValidationFailed();
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (!nothingToMark(context)) {
            mark(context, component);
        }
        super.encodeBegin(context, component);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (nothingToMark(context)) {
            super.encodeEnd(context, component);
            return;
        }
        try {
            super.encodeEnd(context, component);
        } finally {
            unmark(context, component);
        }
        String clientId = component.getClientId(context);
        List<FacesMessage> messages = context.getMessageList(clientId);
        if (!messages.isEmpty()) {
            ResponseWriter out = context.getResponseWriter();
            out.startElement("span", null);
            out.writeAttribute("id", errorId(clientId), null);
            out.writeAttribute("class", "field-error", null);
            boolean first = true;
            for (FacesMessage message : messages) {
                if (!first) {
                    out.writeText(" ", null);
                }
                out.writeText(message.getDetail(), null);
                message.rendered();
                first = false;
            }
            out.endElement("span");
        }
    }

    private void mark(FacesContext context, UIComponent component) {
        String clientId = component.getClientId(context);
        boolean problem = !context.getMessageList(clientId).isEmpty();
        boolean invalid = component instanceof UIInput input && !input.isValid();
        if (!problem && !invalid) {
            return;
        }
        Map<String, Object> pass = component.getPassThroughAttributes();
        Map<String, Object> before = new HashMap<>();
        before.put(INVALID, pass.get(INVALID));
        before.put(DESCRIBED, pass.get(DESCRIBED));
        saved(context).put(clientId, before);
        pass.put(INVALID, "true");
        if (problem) {
            Object hint = pass.get(DESCRIBED);
            if (hint instanceof ValueExpression expression) {
                hint = expression.getValue(context.getELContext());
            }
            String ids = errorId(clientId);
            if (hint != null && !hint.toString().isBlank()) {
                ids += " " + hint.toString().strip();
            }
            pass.put(DESCRIBED, ids);
        }
    }

    private void unmark(FacesContext context, UIComponent component) {
        Map<String, Object> before = saved(context).remove(component.getClientId(context));
        if (before == null) {
            return;
        }
        Map<String, Object> pass = component.getPassThroughAttributes();
        before.forEach((name, value) -> {
            if (value == null) {
                pass.remove(name);
            } else {
                pass.put(name, value);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> saved(FacesContext context) {
        return (Map<String, Map<String, Object>>) context.getAttributes()
                .computeIfAbsent(SAVED, k -> new HashMap<String, Map<String, Object>>());
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submitted)
            throws ConverterException {
        if (file) {
            if (submitted instanceof Part part) {
                return named(part) ? part : null;
            }
            if (submitted instanceof Collection<?> parts) {
                return parts.stream().filter(p -> p instanceof Part part && named(part)).toList();
            }
        }
        return super.getConvertedValue(context, component, submitted);
    }

    /** A part the person chose a file for, whatever its size; an empty file input sends a nameless part. */
    private static boolean named(Part part) {
        return part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty();
    }
}
