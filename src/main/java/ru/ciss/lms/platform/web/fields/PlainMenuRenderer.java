package ru.ciss.lms.platform.web.fields;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectItem;
import jakarta.faces.component.UISelectItems;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.component.behavior.ClientBehaviorHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes a {@link PlainMenu} as the standard menu renderer does ({@code <select id name size="1">} with one
 * {@code <option>} per item, the current or submitted value selected), without what makes the standard one dear on a
 * page opened all day or a select repeated on many rows: a converter looked up and an expression-language coercion
 * for every option, a buffer for the options, and every possible HTML attribute asked for (the attendance grid's
 * selects were 15 % of its CPU before its rows got a component of their own, the review queue's filters 18 %; issue
 * #25). Decoding and conversion stay the standard renderer's; a select this one cannot write faithfully (a converter,
 * a behaviour, groups, items not {@code SelectItem}s, values other than enums, strings, Longs and Integers) is
 * written by it too.
 */
final class PlainMenuRenderer extends RendererWrapper {

    PlainMenuRenderer(Renderer standard) {
        super(standard);
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) {
        // Everything is written at the end, as the standard renderer does.
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // The items are written as options, not rendered.
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!component.isRendered()) {
            return;
        }
        List<SelectItem> items = plainItems(component);
        if (items == null) {
            super.encodeBegin(context, component);
            super.encodeEnd(context, component);
            return;
        }
        UISelectOne select = (UISelectOne) component;
        Object submitted = select.getSubmittedValue();
        Object value = submitted == null ? select.getValue() : null;
        boolean disabled = Boolean.TRUE.equals(component.getAttributes().get("disabled"));
        String clientId = component.getClientId(context);
        ResponseWriter out = context.getResponseWriter();
        // Given the component, the writer adds its pass-through attributes (pt:*, and aria-invalid and
        // aria-describedby while FieldRenderer marks a field with a problem) when the start tag closes.
        out.startElement("select", component);
        out.writeAttribute("id", clientId, "id");
        out.writeAttribute("name", clientId, "clientId");
        Object styleClass = component.getAttributes().get("styleClass");
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, "styleClass");
        }
        out.writeAttribute("size", "1", "size");
        if (disabled) {
            out.writeAttribute("disabled", "disabled", "disabled");
        }
        // A submitted value is still there only when this select's own value was refused (conversion, validation):
        // the choice the person made is shown again, even "not chosen" (the standard renderer would show the model's
        // value then), so what they chose is not silently swapped.
        for (SelectItem item : items) {
            String asString = asString(item.getValue());
            boolean selected = submitted != null ? asString.equals(submitted)
                    : java.util.Objects.equals(value, item.getValue());
            // Not the select's component: the writer would give every option the select's pass-through attributes.
            out.startElement("option", null);
            out.writeAttribute("value", asString, "value");
            if (selected) {
                out.writeAttribute("selected", "selected", "selected");
            }
            if (!disabled && item.isDisabled()) {
                out.writeAttribute("disabled", "disabled", "disabled");
            }
            String label = item.getLabel() == null ? asString : item.getLabel();
            if (item.isEscape()) {
                out.writeText(label, component, "label");
            } else {
                out.write(label);
            }
            out.endElement("option");
        }
        out.endElement("select");
    }

    /** The items as written, or null when this renderer would not write them as the standard one does. */
    private static List<SelectItem> plainItems(UIComponent component) {
        if (!(component instanceof UISelectOne select) || select.getConverter() != null
                || Boolean.TRUE.equals(component.getAttributes().get("hideNoSelectionOption"))
                || (component instanceof ClientBehaviorHolder holder && !holder.getClientBehaviors().isEmpty())) {
            return null;
        }
        List<SelectItem> items = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (!child.isRendered()) {
                continue;
            }
            if (child instanceof UISelectItem one) {
                Object item = one.getValue();
                items.add(item instanceof SelectItem given ? given : new SelectItem(one.getItemValue(),
                        one.getItemLabel(), one.getItemDescription(), one.isItemDisabled(), one.isItemEscaped(),
                        one.isNoSelectionOption()));
            } else if (child instanceof UISelectItems many && many.getValue() instanceof Collection<?> all) {
                for (Object item : all) {
                    if (!(item instanceof SelectItem given)) {
                        return null;
                    }
                    items.add(given);
                }
            } else {
                return null;
            }
        }
        for (SelectItem item : items) {
            Object v = item.getValue();
            if (item instanceof SelectItemGroup || !(v == null || v instanceof Enum<?> || v instanceof String
                    || v instanceof Long || v instanceof Integer)) {
                return null;
            }
        }
        return items;
    }

    /**
     * An item's value as the standard renderer writes it with the converter Faces finds for it by type: an enum by its
     * name, a number in digits (as the Long and Integer converters write it), null as "".
     */
    private static String asString(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
