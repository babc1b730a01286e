package ru.ciss.lms.platform.web.fields;

import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place where a field's problems are shown next to it: every standard input, select and file field
 * ({@link FieldRenderer}) is marked {@code aria-invalid="true"}, described by an element with its problems
 * ({@code <clientId>-error}) written right after it; {@code h:message} for such a field writes nothing more
 * ({@link FieldMessageRenderer}); {@code h:messages} shows the page's own messages and, above the form, a summary
 * linking to each field with a problem ({@link ProblemSummaryRenderer}).
 */
public class FieldRenderKit extends RenderKitWrapper {

    /** Component family and renderer type of the fields handled, as "family|type". */
    static final Set<String> FIELDS = Set.of(
            "jakarta.faces.Input|jakarta.faces.Text", "jakarta.faces.Input|jakarta.faces.Textarea",
            "jakarta.faces.Input|jakarta.faces.Secret", "jakarta.faces.Input|jakarta.faces.File",
            "jakarta.faces.SelectOne|jakarta.faces.Menu", "jakarta.faces.SelectOne|jakarta.faces.Listbox",
            "jakarta.faces.SelectOne|jakarta.faces.Radio", "jakarta.faces.SelectMany|jakarta.faces.Checkbox",
            "jakarta.faces.SelectMany|jakarta.faces.Menu", "jakarta.faces.SelectMany|jakarta.faces.Listbox",
            "jakarta.faces.SelectBoolean|jakarta.faces.Checkbox",
            "jakarta.faces.SelectOne|" + PlainMenu.RENDERER_TYPE);

    private final Map<String, Renderer> renderers = new ConcurrentHashMap<>();

    public FieldRenderKit(RenderKit wrapped) {
        super(wrapped);
    }

    static boolean isField(String family, String rendererType) {
        return FIELDS.contains(family + "|" + rendererType);
    }

    @Override
    public Renderer getRenderer(String family, String rendererType) {
        if (PlainMenu.RENDERER_TYPE.equals(rendererType)) {
            // Decoded and converted by the standard menu renderer, written by the plain one; marked as every field.
            return renderers.computeIfAbsent(family + "|" + rendererType, k -> new FieldRenderer(
                    new PlainMenuRenderer(getWrapped().getRenderer(family, "jakarta.faces.Menu")), false));
        }
        Renderer renderer = getWrapped().getRenderer(family, rendererType);
        if (renderer == null) {
            return null;
        }
        String key = family + "|" + rendererType;
        if (FIELDS.contains(key)) {
            return renderers.computeIfAbsent(key, k -> new FieldRenderer(renderer,
                    "jakarta.faces.File".equals(rendererType)));
        }
        if ("jakarta.faces.Message|jakarta.faces.Message".equals(key)) {
            return renderers.computeIfAbsent(key, k -> new FieldMessageRenderer(renderer));
        }
        if ("jakarta.faces.Messages|jakarta.faces.Messages".equals(key)) {
            return renderers.computeIfAbsent(key, k -> new ProblemSummaryRenderer(renderer));
        }
        return renderer;
    }
}
