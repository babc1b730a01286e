package ru.ciss.lms.people.boundary;

import java.io.Serializable;
import java.util.Locale;
import ru.ciss.lms.people.entity.District;

/** A district as forms and lists of every feature offer it: its id and its name in either language. */
public record DistrictChoice(Integer id, String code, String nameRu, String nameEn) implements Serializable {

    public static DistrictChoice of(District d) {
        return new DistrictChoice(d.getId(), d.getCode(), d.getNameRu(), d.getNameEn());
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }
}
