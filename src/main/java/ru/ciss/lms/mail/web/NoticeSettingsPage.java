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

    /** Kind → wanted; a LinkedHashMap keeps the order of the kinds on the page. */
    private final Map<MailKind, Boolean> wanted = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        Set<MailKind> off = settings.switchedOff();
        NoticeSettings.optionalKinds().forEach(k -> wanted.put(k, !off.contains(k)));
    }

    public void save() {
        Set<MailKind> off = EnumSet.noneOf(MailKind.class);
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
        return NoticeSettings.optionalKinds();
    }

    public java.util.List<MailKind> getMandatoryKinds() {
        return java.util.Arrays.stream(MailKind.values()).filter(k -> !k.optional()).toList();
    }
}
