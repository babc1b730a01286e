package ru.ciss.lms.people.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ru.ciss.lms.people.boundary.Activations;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.platform.web.Texts;

/**
 * /activate.xhtml?token=...: open to anyone holding the link. The person sees whose account it is, sets a password,
 * and gives the personal-data consent (required) and the publishing consent (optional), then signs in.
 */
@Named
@ViewScoped
public class ActivationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/activate.xhtml?token=";

    @Inject
    Activations activations;

    private String token;
    private Activations.Invitation invitation;
    private String problem;
    private String password;
    private String repeat;
    private boolean personalData;
    private boolean publishName;

    public void load() {
        if (invitation != null || problem != null) {
            return;
        }
        try {
            invitation = activations.open(token);
        } catch (PeopleRuleException e) {
            problem = e.messageKey();
        }
    }

    public void activate() throws IOException {
        if (password == null || !password.equals(repeat)) {
            Texts.error("activation:repeat", "activation.repeatDiffers");
            return;
        }
        if (!personalData) {
            Texts.error("activation:personalData", "activation.consentRequired");
            return;
        }
        try {
            activations.activate(token, password, personalData, publishName);
        } catch (PeopleRuleException e) {
            Texts.error(null, e.messageKey());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Texts.info("activation.done", invitation.email());
        ru.ciss.lms.platform.web.AcrossRedirect.keepMessages();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getPersonalDataTextKey() {
        return ConsentKind.PERSONAL_DATA.textKey(ConsentKind.PERSONAL_DATA.currentVersion());
    }

    public String getPublishNameTextKey() {
        return ConsentKind.PUBLISH_NAME.textKey(ConsentKind.PUBLISH_NAME.currentVersion());
    }

    public Activations.Invitation getInvitation() {
        return invitation;
    }

    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public boolean isPublishName() {
        return publishName;
    }

    public void setPublishName(boolean publishName) {
        this.publishName = publishName;
    }
}
