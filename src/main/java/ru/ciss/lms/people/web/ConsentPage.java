package ru.ciss.lms.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.people.entity.Consent;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/** /account/consents.xhtml: a person reads the consent texts, gives or withdraws each, and sees what they gave. */
@Named
@RequestScoped
public class ConsentPage {

    /** A kind of consent with the one in force, if any. */
    public record State(ConsentKind kind, Consent inForce) {
        public String textKey() {
            return kind.textKey(inForce == null ? kind.currentVersion() : inForce.getTextVersion());
        }
    }

    @Inject
    Consents consents;

    private List<Consent> history;

    /** The study page the trainee was sent from (?next=), where giving the required consent brings them back. */
    private String next;

    @PostConstruct
    void init() {
        history = consents.myHistory();
    }

    public List<State> getStates() {
        return Arrays.stream(ConsentKind.values()).map(kind -> new State(kind, history.stream()
                .filter(c -> c.getKind() == kind && c.isInForce()).findFirst().orElse(null))).toList();
    }

    public List<Consent> getHistory() {
        return history;
    }

    public void give(ConsentKind kind) throws IOException {
        consents.give(kind);
        var back = kind == ConsentKind.PERSONAL_DATA ? Redirects.safeNext(next) : java.util.Optional.<String>empty();
        if (back.isPresent()) {
            Texts.info("consent.given");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            ru.ciss.lms.platform.web.AcrossRedirect.keepMessages();
            external.redirect(external.getRequestContextPath() + back.get()); // same-site paths only
            return;
        }
        done("consent.given");
    }

    public void withdraw(ConsentKind kind) throws IOException {
        consents.withdraw(kind);
        done(kind == ConsentKind.PERSONAL_DATA ? "consent.withdrawn.personalData" : "consent.withdrawn");
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    /** Post-redirect-get, so a reload never gives or withdraws twice. */
    private void done(String messageKey) throws IOException {
        Texts.info(messageKey);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ru.ciss.lms.platform.web.AcrossRedirect.keepMessages();
        external.redirect(external.getRequestContextPath() + "/account/consents.xhtml");
    }
}
