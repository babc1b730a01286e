package ru.ciss.lms.outcomes.entity;

/**
 * The organisational-legal form of a registered organisation or of a resource centre's host, as the Civil Code
 * (ГК РФ ст. 50, 123.1–123.24) and 7-ФЗ «О некоммерческих организациях» name them, plus two honest non-forms: a group
 * not registered at all, and "other". "NGO", "small business" and "structural unit" were the old choices; they are
 * kinds of organisation, not legal forms (a structural unit has its parent's form; V33 mapped the stored values).
 *
 * <p>The grant report's "NGOs and small businesses registered" counts the {@link Sector#NON_PROFIT} and
 * {@link Sector#BUSINESS} forms; state and municipal bodies and institutions are neither.
 */
public enum LegalForm {
    /** Общественная организация (ГК ст. 123.4; 82-ФЗ). */
    PUBLIC_ORGANISATION(Sector.NON_PROFIT),
    /** Общественное движение (ГК ст. 50 п. 3 подп. 2.1; 82-ФЗ ст. 9). */
    PUBLIC_MOVEMENT(Sector.NON_PROFIT),
    /** Фонд, в том числе благотворительный (ГК ст. 123.17). */
    FOUNDATION(Sector.NON_PROFIT),
    /** Автономная некоммерческая организация (ГК ст. 123.24). */
    AUTONOMOUS_NONPROFIT(Sector.NON_PROFIT),
    /** Ассоциация (союз) (ГК ст. 123.8). */
    ASSOCIATION(Sector.NON_PROFIT),
    /** Частное учреждение (ГК ст. 123.21, 123.23). */
    PRIVATE_INSTITUTION(Sector.NON_PROFIT),
    /** Религиозная организация (ГК ст. 123.26). */
    RELIGIOUS_ORGANISATION(Sector.NON_PROFIT),
    /** Казачье общество (ГК ст. 50 п. 3 подп. 4). */
    COSSACK_SOCIETY(Sector.NON_PROFIT),
    /** Товарищество собственников недвижимости (ГК ст. 123.12). */
    OWNERS_PARTNERSHIP(Sector.NON_PROFIT),
    /** Территориальное общественное самоуправление, registered as a legal entity (ГК ст. 50 п. 3 подп. 2; 131-ФЗ ст. 27). */
    TERRITORIAL_SELF_GOV(Sector.NON_PROFIT),
    /** Another non-profit form a federal law provides (7-ФЗ ст. 2 п. 3): a national-cultural autonomy, say. */
    OTHER_NONPROFIT(Sector.NON_PROFIT),
    /** Общество с ограниченной ответственностью (ГК ст. 87). */
    LLC(Sector.BUSINESS),
    /** Индивидуальный предприниматель: not a legal entity, but how a one-person business is registered (ГК ст. 23). */
    SOLE_TRADER(Sector.BUSINESS),
    /** Крестьянское (фермерское) хозяйство (ГК ст. 86.1). */
    PEASANT_FARM(Sector.BUSINESS),
    /** Another commercial form: a production cooperative, a joint-stock company. */
    OTHER_COMMERCIAL(Sector.BUSINESS),
    /** Муниципальное учреждение: бюджетное, казённое или автономное (ГК ст. 123.21, 123.22). */
    MUNICIPAL_INSTITUTION(Sector.PUBLIC),
    /** Государственное учреждение: бюджетное, казённое или автономное (ГК ст. 123.21, 123.22). */
    STATE_INSTITUTION(Sector.PUBLIC),
    /** Орган местного самоуправления: a district's administration or its committee. */
    LOCAL_GOVERNMENT(Sector.PUBLIC),
    /** Not registered: an initiative group. */
    INFORMAL_GROUP(Sector.NONE),
    OTHER(Sector.NONE);

    /** Which figure of the report a form belongs to. */
    public enum Sector { NON_PROFIT, BUSINESS, PUBLIC, NONE }

    private final Sector sector;

    LegalForm(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    /** Whether a newly registered organisation of this form counts among "NGOs and small businesses". */
    public boolean countsAsNgoOrBusiness() {
        return sector == Sector.NON_PROFIT || sector == Sector.BUSINESS;
    }
}
