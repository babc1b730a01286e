package ru.ciss.lms.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import java.util.Set;

/**
 * The layout's switches that a page may set with {@code <ui:param>} ({@code stateless}, {@code revalidate},
 * {@code ownMessages}) are unset — null, as before — on every page that does not, but answered here. A page's ui:param
 * is bound before any resolver is asked, so this answers only for pages without it. Null, not false: the layout asks
 * {@code empty ownMessages}, which is false for {@code false} (a first version answered false, and every page without
 * the switch lost its messages; OpenBadgesIT caught it). Unanswered, such a name fell through to the last resolver, which tries
 * it as a class name ({@code java.lang.stateless}, …) by searching every jar of the application: three failed class
 * lookups on most pages (issue #25).
 */
public class LayoutParameterDefaults extends ELResolver {

    static final Set<String> SWITCHES = Set.of("stateless", "revalidate", "ownMessages");

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String name && SWITCHES.contains(name)) {
            context.setPropertyResolved(null, property);
            return null;
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null; // read-only defaults: nothing to set
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not ours to set: ui:param sets these
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}
