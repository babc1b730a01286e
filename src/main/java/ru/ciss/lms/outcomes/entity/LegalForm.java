package ru.ciss.lms.outcomes.entity;

/** Legal forms of organisations and resource centres; NGO and SMALL_BUSINESS count in "NGOs and small businesses". */
public enum LegalForm {
    NGO, SMALL_BUSINESS, MUNICIPAL, STRUCTURAL_UNIT, OTHER
}
