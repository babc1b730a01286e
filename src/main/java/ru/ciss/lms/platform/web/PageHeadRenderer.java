package ru.ciss.lms.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.primefaces.application.resource.MoveScriptsToBottomResponseWriter;
import org.primefaces.renderkit.HeadRenderer;

/**
 * {@code h:head}: PrimeFaces' head only on the pages that hold a PrimeFaces component, the plain Faces head on all
 * the others (the trainee's pages, the marking grid, the forms of the account: most pages).
 * <p>
 * PrimeFaces' head writes on every page its theme (212 KB of CSS, 22 KB gzipped), its icon stylesheet, a locale
 * script and a settings script, all for its widgets. A page without them has no use for any of it: a lesson's first
 * visit weighed 57.6 KiB instead of 33.4, a phone parsed the theme on every new page, every page carried about 1 KB of
 * links and scripts more, and writing that head was about a tenth of the CPU of the benchmark's empty page (#25).
 * <p>
 * A page holds a PrimeFaces component when a resource of PrimeFaces' library was added to the view: every PrimeFaces
 * component declares its scripts and styles, and Faces adds them when the component is added to the tree, rendered
 * or not. The plain head writes what the standard Faces head writes: {@code <head>}, the page's own head resources
 * (lms.css), its children.
 * <p>
 * The layout's head ends with page.js (named by its {@code lastScript} attribute), written here and not by an
 * {@code h:outputScript}: PrimeFaces' «scripts to the bottom» writer moved every script, that one too, to the end of
 * the body, so a phone drew the header with the whole menu open and folded it only once the page had been read to its
 * end. page.js marks the page as scripted before the header is drawn. It is written past that writer (to the one it
 * wraps, which still gives it the page's nonce). The error pages' head names none: they stay as plain as they were.
 */
public class PageHeadRenderer extends HeadRenderer {

    static final String PRIMEFACES_LIBRARY = "primefaces";
    /** The h:head's attribute naming the script of the lms library that ends the head (the layout's page.js). */
    static final String SCRIPT_ATTRIBUTE = "lastScript";
    private static final String PLAIN = PageHeadRenderer.class.getName() + ".plain";

    @Override
    public void encodeBegin(FacesContext context, UIComponent head) throws IOException {
        boolean plain = !holdsPrimeFaces(context, context.getViewRoot());
        context.getAttributes().put(PLAIN, plain);
        if (!plain) {
            super.encodeBegin(context, head);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("head", head);
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            resource.encodeAll(context);
        }
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent head) throws IOException {
        Object script = head.getAttributes().get(SCRIPT_ATTRIBUTE);
        if (script != null) {
            writeInPlace(context, "lms", script.toString());
        }
        if (Boolean.TRUE.equals(context.getAttributes().get(PLAIN))) {
            context.getResponseWriter().endElement("head");
        } else {
            super.encodeEnd(context, head);
        }
    }

    /** A script element for the resource where the writer is now, even when PrimeFaces moves scripts to the bottom. */
    static void writeInPlace(FacesContext context, String library, String name) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        ResponseWriter inPlace = writer instanceof MoveScriptsToBottomResponseWriter moving ? moving.getWrapped() : writer;
        Resource script = context.getApplication().getResourceHandler().createResource(name, library);
        inPlace.startElement("script", null);
        inPlace.writeURIAttribute("src", script.getRequestPath(), null);
        inPlace.endElement("script");
    }

    /** True when a script or style of PrimeFaces' own library is among the view's resources, in any target. */
    static boolean holdsPrimeFaces(FacesContext context, UIViewRoot view) {
        for (String target : List.of("head", "body", "form")) {
            for (UIComponent resource : view.getComponentResources(context, target)) {
                if (PRIMEFACES_LIBRARY.equals(resource.getAttributes().get("library"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
