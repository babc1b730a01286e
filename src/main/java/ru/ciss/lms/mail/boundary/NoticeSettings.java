package ru.ciss.lms.mail.boundary;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.mail.MailKind;

/** Which optional e-mails the caller receives. Mandatory ones (activation, a return for revision) cannot be off. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class NoticeSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public static List<MailKind> optionalKinds() {
        return Arrays.stream(MailKind.values()).filter(MailKind::optional).toList();
    }

    public Set<MailKind> switchedOff() {
        Set<MailKind> off = EnumSet.noneOf(MailKind.class);
        em.createNativeQuery("SELECT kind FROM notice_opt_out WHERE person_id = ?").setParameter(1, caller.id())
                .getResultList().forEach(k -> off.add(MailKind.valueOf(k.toString())));
        return off;
    }

    /** Replaces the caller's choices; a mandatory kind in {@code off} is ignored. */
    public void save(Set<MailKind> off) {
        em.createNativeQuery("DELETE FROM notice_opt_out WHERE person_id = ?").setParameter(1, caller.id()).executeUpdate();
        for (MailKind kind : off) {
            if (kind.optional()) {
                em.createNativeQuery("INSERT IGNORE INTO notice_opt_out (person_id, kind) VALUES (?, ?)")
                        .setParameter(1, caller.id()).setParameter(2, kind.name()).executeUpdate();
            }
        }
    }

}
