package ru.ciss.lms.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.certificates.boundary.OpenBadges;
import ru.ciss.lms.certificates.entity.BadgeKey;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.platform.web.Texts;

/**
 * /admin/badge-keys.xhtml: the school's Open Badges signing keys and their rotation. A rotation makes a new key
 * that signs every badge from then on; the earlier keys stay published, so badges already handed out still verify.
 * The page's address after the action is the page itself (a redirect), so a reload does not rotate again.
 */
@Named
@RequestScoped
public class BadgeKeysPage {

    @Inject
    OpenBadges badges;

    @Inject
    PublicAddress address;

    private List<BadgeKey> keys;

    public String rotate() {
        badges.rotateKey();
        Texts.info("badges.keys.rotated");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/badge-keys?faces-redirect=true";
    }

    public List<BadgeKey> getKeys() {
        if (keys == null) {
            keys = badges.keys();
        }
        return keys;
    }

    public String getJwksAddress() {
        return address.of("/badges/keys");
    }
}
