package ru.ciss.lms.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Marks a page that keeps no view state (the layout's ui:param "stateless", see layout.xhtml) transient as soon as
 * its view is created on a GET, not only when the layout is built.
 * <p>
 * Before the page is built, PrimeFaces' CSP listener keeps the page's nonce in the view's map unless the view is
 * transient; for these pages that map was made although their view is never kept, and it stayed in the session as
 * one of the six view maps the session holds (com.sun.faces.numberOfActiveViewMaps): every visit of a home or a
 * module page pushed out the view-scoped beans of a page open in another tab, and made the map, a random id and a
 * CDI event for nothing (about 2 % of the trainee home's CPU, issue #25).
 * <p>
 * The page's own declaration is the one source: its Facelets file is read once per view id for that ui:param.
 * Registered as a phase listener in faces-config.xml.
 */
public class StatelessPages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final Pattern DECLARED = Pattern.compile("<ui:param\\s+name=\"stateless\"\\s+value=\"true\"\\s*/>");
    private static final Map<String, Boolean> STATELESS = new ConcurrentHashMap<>();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view == null || view.isTransient() || context.isPostback() || view.getViewId() == null) {
            return;
        }
        Boolean stateless = STATELESS.get(view.getViewId());
        if (stateless == null) {
            URL source = resource(context, view.getViewId());
            if (source == null) {
                return; // not a page (answered 404 later): nothing kept for addresses anyone can make up
            }
            stateless = declares(read(source, view.getViewId()));
            STATELESS.put(view.getViewId(), stateless);
        }
        if (stateless) {
            view.setTransient(true);
        }
    }

    private static URL resource(FacesContext context, String viewId) {
        try {
            return context.getExternalContext().getResource(viewId);
        } catch (java.net.MalformedURLException e) {
            return null;
        }
    }

    private static String read(URL source, String viewId) {
        try (InputStream in = source.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + viewId, e);
        }
    }

    /** Whether a page's Facelets source declares the layout's ui:param "stateless" as true. */
    static boolean declares(String facelet) {
        return DECLARED.matcher(facelet).find();
    }
}
