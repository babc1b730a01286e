package ru.ciss.lms.mail;

import java.util.Optional;
import ru.ciss.lms.mail.Recipient;

/**
 * Finds a notice's recipient by the person's id. Declared here and implemented by the people feature, so that mail
 * (below people) never imports people: the dependency points one way, and CDI joins the two at run time.
 */
public interface Recipients {

    /** Empty when there is no such person. Reads in the caller's transaction, so a person created in it is found. */
    Optional<Recipient> of(long personId);
}
