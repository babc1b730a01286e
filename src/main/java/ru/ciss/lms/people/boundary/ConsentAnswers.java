package ru.ciss.lms.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumMap;
import java.util.Map;
import ru.ciss.lms.people.ConsentKind;

/**
 * The consent answers one request already read: a page asks several boundaries, and each checks the caller's consent
 * (the trainee home asked the same question twice per page; issue #25). Forgotten whenever a consent is given or
 * withdrawn, so a request never acts on an answer older than its own change.
 */
@RequestScoped
public class ConsentAnswers {

    private long personId = -1;
    private final Map<ConsentKind, Boolean> answers = new EnumMap<>(ConsentKind.class);

    Boolean known(long person, ConsentKind kind) {
        return person == personId ? answers.get(kind) : null;
    }

    void remember(long person, ConsentKind kind, boolean inForce) {
        if (person != personId) {
            answers.clear();
            personId = person;
        }
        answers.put(kind, inForce);
    }

    void forget() {
        answers.clear();
        personId = -1;
    }
}
