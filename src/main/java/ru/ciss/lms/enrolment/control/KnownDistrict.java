package ru.ciss.lms.enrolment.control;

/** A district the reader can recognise, with every name a district's list may use for it. */
public record KnownDistrict(int id, String nameRu, String nameEn, String code) {
}
