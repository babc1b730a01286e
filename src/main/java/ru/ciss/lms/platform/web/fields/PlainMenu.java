package ru.ciss.lms.platform.web.fields;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlSelectOneMenu;

/**
 * {@code <fields:plainMenu>} (namespace {@code ru.ciss.lms/fields}): an {@code h:selectOneMenu} written by
 * {@link PlainMenuRenderer}, for the filters above the lists mentors and administrators open all day (the review
 * queue's module, district and state, the people list's role and district: their options were a fifth of the queue's
 * CPU, issue #25). Same component, same decoding, conversion and validation; only the writing of its options is
 * cheaper. Supports what such a select needs: {@code id}, {@code value}, {@code disabled}, {@code styleClass},
 * pass-through attributes, and items from {@code f:selectItem} and {@code f:selectItems} holding {@code SelectItem}s
 * (built once by the page's bean, not an expression per option) of enum, string, Long, Integer or null values;
 * anything else is written by the standard renderer.
 */
@FacesComponent(value = PlainMenu.COMPONENT_TYPE, createTag = true, tagName = "plainMenu",
        namespace = PlainMenu.NAMESPACE)
public class PlainMenu extends HtmlSelectOneMenu {

    static final String COMPONENT_TYPE = "ru.ciss.lms.PlainMenu";
    static final String NAMESPACE = "ru.ciss.lms/fields";
    static final String RENDERER_TYPE = "ru.ciss.lms.PlainMenu";

    public PlainMenu() {
        setRendererType(RENDERER_TYPE);
    }
}
