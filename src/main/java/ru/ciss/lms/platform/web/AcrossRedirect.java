package ru.ciss.lms.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What a page says after post → redirect → get («Черновик сохранён.», a check-in's result) travels in the session,
 * not in Faces' flash. Mojarra keeps the flash in the memory of the instance that set it, so in a cluster the GET,
 * served by the other instance, lost the message (seen in ClusterDrillIT); the session is replicated, so the next
 * page rendered on any instance shows it. Registered as a phase listener in faces-config.xml.
 * <p>
 * {@link #keepMessages()} only marks the request; the messages are copied after the action has run, so those added
 * after the call travel too. A request that was marked but rendered its own page (a refusal) shows them itself and
 * carries nothing.
 */
public class AcrossRedirect implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String MARK = AcrossRedirect.class.getName() + ".keep";
    private static final String MESSAGES = AcrossRedirect.class.getName() + ".messages";
    private static final String VALUE = AcrossRedirect.class.getName() + ".value.";

    private record Carried(String clientId, FacesMessage message) implements Serializable {
    }

    /** This request's messages are shown on the next page the session renders, on whichever instance. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getAttributes().put(MARK, Boolean.TRUE);
    }

    /** A value for the next page (read once with {@link #take}); kept in the session, so any instance has it. */
    public static void put(String name, Serializable value) {
        session(true).setAttribute(VALUE + name, value);
    }

    /** The value put for this page, removed as it is read; null when there is none. */
    public static Object take(String name) {
        HttpSession session = session(false);
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(VALUE + name);
        if (value != null) {
            session.removeAttribute(VALUE + name);
        }
        return value;
    }

    /** Whether the session carries messages or values for the next page it renders (that page must be rendered). */
    public static boolean pending(HttpSession session) {
        if (session.getAttribute(MESSAGES) != null) {
            return true;
        }
        for (java.util.Enumeration<String> names = session.getAttributeNames(); names.hasMoreElements(); ) {
            if (names.nextElement().startsWith(VALUE)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION || !Boolean.TRUE.equals(faces.getAttributes().get(MARK))
                || !faces.getResponseComplete()) {
            return; // carried only when the action ended the request, by a redirect
        }
        ArrayList<Carried> carried = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (Iterator<FacesMessage> messages = faces.getMessages(id); messages.hasNext(); ) {
                carried.add(new Carried(id, messages.next()));
            }
        }
        if (!carried.isEmpty()) {
            session(true).setAttribute(MESSAGES, carried);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
            return;
        }
        HttpSession session = session(false);
        Object carried = session == null ? null : session.getAttribute(MESSAGES);
        if (carried == null) {
            return;
        }
        session.removeAttribute(MESSAGES);
        FacesContext faces = event.getFacesContext();
        for (Carried c : (List<Carried>) carried) {
            faces.addMessage(c.clientId(), c.message());
        }
    }

    private static HttpSession session(boolean create) {
        return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(create);
    }
}
