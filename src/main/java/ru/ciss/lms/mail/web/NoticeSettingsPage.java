package ru.ciss.lms.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.mail.boundary.NoticeSettings;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.platform.web.Texts;

/** /account/notifications.xhtml: a checkbox per optional e-mail; mandatory ones are listed as always sent. */
@Named
@ViewScoped
public class NoticeSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeSettings settings;

    /** E-mails only mentors get: a trainee is not offered a choice about them. */
    static final Set<MailKind> MENTORS_ONLY = EnumSet.of(MailKind.SUBMISSION_RECEIVED, MailKind.PRESENTATION_ALLOCATED);

    /** Switched off before and not shown here: kept as they were by a save. */
    private final Set<MailKind> offAndHidden = EnumSet.noneOf(MailKind.class);

    /** Kind → wanted; a LinkedHashMap keeps the order of the kinds on the page. */
    private final Map<MailKind, Boolean> wanted = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        Set<MailKind> off = settings.switchedOff();
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        boolean mentors = external.isUserInRole(ru.ciss.lms.platform.security.Role.MENTOR_NAME)
                || external.isUserInRole(ru.ciss.lms.platform.security.Role.ADMINISTRATOR_NAME);
        for (MailKind kind : NoticeSettings.optionalKinds()) {
            if (mentors || !MENTORS_ONLY.contains(kind)) {
                wanted.put(kind, !off.contains(kind));
            } else if (off.contains(kind)) {
                offAndHidden.add(kind);
            }
        }
    }

    public void save() {
        Set<MailKind> off = EnumSet.noneOf(MailKind.class);
        off.addAll(offAndHidden);
        wanted.forEach((kind, on) -> {
            if (!Boolean.TRUE.equals(on)) {
                off.add(kind);
            }
        });
        settings.save(off);
        Texts.info("notices.saved");
    }

    public Map<MailKind, Boolean> getWanted() {
        return wanted;
    }

    public java.util.List<MailKind> getOptionalKinds() {
        return java.util.List.copyOf(wanted.keySet());
    }

    public java.util.List<MailKind> getMandatoryKinds() {
        return java.util.Arrays.stream(MailKind.values()).filter(k -> !k.optional()).toList();
    }
}
