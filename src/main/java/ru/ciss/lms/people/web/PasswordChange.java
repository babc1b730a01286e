package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.platform.web.Texts;

/** /account/password.xhtml: a person changes their own password, proving they know the current one. */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    People people;

    @Inject
    ru.ciss.lms.platform.web.ClientAddress clientAddress;

    @NotBlank
    @Size(max = 128)
    private String currentPassword;

    @NotBlank
    @Size(max = 128)
    private String newPassword;

    @NotBlank
    @Size(max = 128)
    private String repeatPassword;

    public void submit() {
        if (!newPassword.equals(repeatPassword)) {
            Texts.error("password:repeatPassword", "account.password.mismatch");
            return;
        }
        try {
            people.changeOwnPassword(currentPassword, newPassword, clientAddress.of((jakarta.servlet.http.HttpServletRequest)
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest()));
            // The person's other sessions ended with the change (People.changeOwnPassword); this one goes on.
            SessionValidityFilter.stamp((jakarta.servlet.http.HttpServletRequest)
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest());
            Texts.info("account.password.changed");
        } catch (PeopleRuleException e) {
            Texts.error(fieldOf(e.messageKey()), e.messageKey(), e.args());
        }
    }

    /** At the field it is about: the current password, or the new one (too short, common, one's own name). */
    static String fieldOf(String messageKey) {
        return switch (messageKey) {
            case "people.password.currentWrong" -> "password:currentPassword";
            case "people.password.tooManyTries" -> null; // the lock is the account's, not a field's
            default -> messageKey.startsWith("people.password.") ? "password:newPassword" : null;
        };
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
