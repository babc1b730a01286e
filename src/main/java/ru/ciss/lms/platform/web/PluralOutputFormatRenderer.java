package ru.ciss.lms.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.platform.text.TextFormat;

/**
 * {@code h:outputFormat} filled by {@link TextFormat} (ICU) instead of the JDK's MessageFormat, so that a page's count
 * chooses its word as a message's does ({@code {0, plural, one{# день} few{# дня} many{# дней} other{# дня}}}).
 * Registered for the standard render kit in faces-config.xml; otherwise it writes what the standard renderer writes:
 * the text, escaped unless {@code escape="false"}, in a span only when the tag has an id of its own, a style or
 * a class, a title, lang, dir or role.
 */
public class PluralOutputFormatRenderer extends Renderer {

    private static final String[] SPAN_ATTRIBUTES = {"style", "dir", "lang", "title", "role"};

    @Override
    public boolean getRendersChildren() {
        return true; // the f:param children are values, not output
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // nothing: see getRendersChildren
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!component.isRendered()) {
            return;
        }
        Object value = ((ValueHolder) component).getValue();
        String pattern = value == null ? null : value.toString();
        List<Object> parameters = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIParameter parameter && !parameter.isDisable()) {
                parameters.add(parameter.getValue());
            }
        }
        String text = pattern == null || parameters.isEmpty() ? pattern
                : TextFormat.format(pattern, context.getViewRoot().getLocale(), parameters.toArray());

        ResponseWriter writer = context.getResponseWriter();
        Map<String, Object> attributes = component.getAttributes();
        String styleClass = (String) attributes.get("styleClass");
        boolean span = styleClass != null || hasOwnId(component);
        for (String name : SPAN_ATTRIBUTES) {
            span |= attributes.get(name) != null;
        }
        if (span) {
            writer.startElement("span", component);
            if (hasOwnId(component)) {
                writer.writeAttribute("id", component.getClientId(context), "id");
            }
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, "styleClass");
            }
            for (String name : SPAN_ATTRIBUTES) {
                Object attribute = attributes.get(name);
                if (attribute != null) {
                    writer.writeAttribute(name, attribute, name);
                }
            }
        }
        if (text != null) {
            Object escape = attributes.get("escape");
            if (escape == null || Boolean.parseBoolean(escape.toString())) {
                writer.writeText(text, component, "value");
            } else {
                writer.write(text);
            }
        }
        if (span) {
            writer.endElement("span");
        }
    }

    private static boolean hasOwnId(UIComponent component) {
        String id = component.getId();
        return id != null && !id.startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
    }
}
