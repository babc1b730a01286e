package ru.ciss.lms.platform.web.fields;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;

/**
 * {@code h:message} for a field that shows its own problems ({@link FieldRenderer}) writes nothing, so a page that
 * still has one does not say it twice; for anything else it is the standard message.
 */
final class FieldMessageRenderer extends RendererWrapper {

    FieldMessageRenderer(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (!forField(component)) {
            super.encodeBegin(context, component);
        }
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) throws IOException {
        if (!forField(component)) {
            super.encodeChildren(context, component);
        }
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!forField(component)) {
            super.encodeEnd(context, component);
        }
    }

    static boolean forField(UIComponent component) {
        if (!(component instanceof UIMessage message) || message.getFor() == null) {
            return false;
        }
        UIComponent target;
        try {
            target = message.findComponent(message.getFor());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return target != null && target.isRendered()
                && FieldRenderKit.isField(target.getFamily(), target.getRendererType());
    }
}
