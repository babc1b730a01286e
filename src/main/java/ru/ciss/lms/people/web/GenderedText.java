package ru.ciss.lms.people.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ru.ciss.lms.people.Gender;
import ru.ciss.lms.people.GenderedWords;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.web.Texts;

/**
 * For the pages: {@code #{genderedText.of('people.inactive', person.gender, person.patronymic)}} is «деактивирована» of a
 * woman.
 */
@Named
@ApplicationScoped
public class GenderedText {

    public String of(String key, Gender gender, String patronymic) {
        return Texts.get(GenderedWords.key(key, GenderedWords.of(gender, patronymic)));
    }

    /** The gender the patronymic suggests, for the edit form's hint; null when it does not tell. */
    public String suggestion(Person person) {
        var suggested = person == null ? null : GenderedWords.suggest(person.getPatronymic());
        return suggested == null ? null : suggested.name();
    }
}
