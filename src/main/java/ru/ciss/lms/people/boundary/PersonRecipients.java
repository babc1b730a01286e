package ru.ciss.lms.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import ru.ciss.lms.mail.Recipient;
import ru.ciss.lms.mail.Recipients;
import ru.ciss.lms.people.entity.Person;

/** The people feature's answer to mail's question "who is this, and how do I write to them?". */
@ApplicationScoped
public class PersonRecipients implements Recipients {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Recipient> of(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).map(PersonRecipients::recipient);
    }

    static Recipient recipient(Person person) {
        return new Recipient(person.getId(), person.getEmail(), person.getFullName(), addressedAs(person),
                person.getLanguage().locale());
    }

    /** «Имя Отчество», as a Russian letter addresses someone politely; the given name alone without a patronymic. */
    static String addressedAs(Person person) {
        String patronymic = person.getPatronymic();
        return patronymic == null || patronymic.isBlank() ? person.getGivenName()
                : person.getGivenName() + " " + patronymic;
    }
}
