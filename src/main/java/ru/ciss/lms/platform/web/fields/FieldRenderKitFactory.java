package ru.ciss.lms.platform.web.fields;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the standard HTML render kit the app's field messages (see {@link FieldRenderKit}); registered once in
 * faces-config.xml, so every form of every page gets them without a page saying so.
 */
public class FieldRenderKitFactory extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> wrapped = new ConcurrentHashMap<>();

    public FieldRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        if (kit == null || !RenderKitFactory.HTML_BASIC_RENDER_KIT.equals(renderKitId)) {
            return kit;
        }
        return wrapped.computeIfAbsent(kit, FieldRenderKit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }
}
