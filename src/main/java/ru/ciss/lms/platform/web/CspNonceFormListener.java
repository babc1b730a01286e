package ru.ciss.lms.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/** Gives every form its {@link CspNonceField} as the form is added to the view (registered in faces-config.xml). */
public class CspNonceFormListener implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIForm form = (UIForm) event.getSource();
        for (UIComponent child : form.getChildren()) {
            if (CspNonceField.ID.equals(child.getId())) {
                return;
            }
        }
        form.getChildren().add(new CspNonceField());
    }
}
