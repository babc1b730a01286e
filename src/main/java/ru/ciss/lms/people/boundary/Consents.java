package ru.ciss.lms.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.people.entity.Consent;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.people.ConsentKind;

/** Each person's own consents: read, give, withdraw. Always the caller's, never an id from the client. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class Consents {

    @Inject
    Caller caller;

    @Inject
    ConsentRecords records;

    public List<Consent> myHistory() {
        return records.history(caller.id());
    }

    public void give(@NotNull ConsentKind kind) {
        records.give(caller.id(), kind);
    }

    public void withdraw(@NotNull ConsentKind kind) {
        records.withdraw(caller.id(), kind);
    }

    /** Whether the caller's personal-data consent is in force: for a page that asks for it instead of refusing. */
    public boolean personalDataConsentInForce() {
        return records.inForce(caller.id(), ConsentKind.PERSONAL_DATA);
    }

    /** For the features that need it (studying): refuses unless the caller's personal-data consent is in force. */
    public void requirePersonalDataConsent() {
        if (!personalDataConsentInForce()) {
            throw new ConsentRequiredException();
        }
    }

    /** Which of these people have their personal-data consent in force: administrators see who has not consented. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Set<Long> withPersonalDataConsent(Collection<Long> personIds) {
        return records.inForceAmong(personIds, ConsentKind.PERSONAL_DATA);
    }

}
