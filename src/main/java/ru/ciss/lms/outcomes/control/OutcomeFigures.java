package ru.ciss.lms.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the dashboard and the grant-fund report, added up in the database (a handful of GROUP BY queries
 * whatever the number of graduates). Confirmed outcomes and those only reported are always counted apart;
 * questioned ones count in neither until they are reported again. An outcome counts in its own district, or in the
 * graduate's when it names none.
 */
@ApplicationScoped
public class OutcomeFigures {

    @PersistenceContext
    EntityManager em;

    /** Which cohorts and districts to count; every part optional. Period: the cohorts that ended within it. */
    public record Filter(Long programmeId, Long cohortId, Integer year, Integer districtId, LocalDate from,
                         LocalDate to) implements Serializable {

        public static Filter all() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** A figure as confirmed and as only reported. */
    public record Split(BigDecimal confirmed, BigDecimal reportedOnly) implements Serializable {

        static final Split ZERO = new Split(BigDecimal.ZERO, BigDecimal.ZERO);

        Split plus(boolean confirmedOne, BigDecimal value) {
            return confirmedOne ? new Split(confirmed.add(value), reportedOnly) : new Split(confirmed, reportedOnly.add(value));
        }

        public BigDecimal total() {
            return confirmed.add(reportedOnly);
        }
    }

    /**
     * A graduate: a trainee of a finished (or since archived) cohort who holds a valid certificate of it. A certificate issued before the
     * cohort is finished makes nobody a graduate yet: a running cohort's trainees are never counted as graduates.
     */
    static final String GRADUATE = "c.id IS NOT NULL AND h.status IN ('FINISHED', 'ARCHIVED')";

    /**
     * The people figures. trained: distinct trainees enrolled in the chosen cohorts, running ones too ("Зачислено
     * слушателей"); graduates: of them, those in a finished cohort holding that cohort's valid certificate;
     * certificates: valid certificates of the chosen cohorts, whatever their state.
     */
    public record Totals(long trained, long graduates, long certificates, Split resourceCentres, Split organisations,
                         Split services, Split roubles, Split events, Split peopleReached) implements Serializable {
    }

    /** One district's line: graduates and certificates, and the confirmed outcomes. */
    public record DistrictFigures(String district, long trained, long graduates, long certificates, long resourceCentres,
                                  long organisations, long services, BigDecimal roubles) implements Serializable {
    }

    public record KindFigures(String organisationKind, long trained, long certified) implements Serializable {
    }

    public Totals totals(Filter f) {
        Object[] people = (Object[]) query("SELECT COUNT(DISTINCT m.person_id), "
                + "COUNT(DISTINCT CASE WHEN " + GRADUATE + " THEN m.person_id END), COUNT(DISTINCT c.id) "
                + "FROM cohort_member m JOIN cohort h ON h.id = m.cohort_id JOIN person p ON p.id = m.person_id "
                + "LEFT JOIN certificate c ON c.cohort_id = m.cohort_id AND c.person_id = m.person_id AND c.status = 'VALID' "
                + "WHERE m.role = 'TRAINEE'" + cohorts(f) + district(f, "p.district_id"), f).getSingleResult();
        Split centres = Split.ZERO, organisations = Split.ZERO, services = Split.ZERO, roubles = Split.ZERO,
                events = Split.ZERO, reached = Split.ZERO;
        for (Object row : query("SELECT o.kind, o.state, COUNT(*), COALESCE(SUM(o.amount_roubles), 0), "
                + "COALESCE(SUM(o.people_reached), 0) FROM outcome o JOIN cohort h ON h.id = o.cohort_id "
                + "JOIN person p ON p.id = o.person_id WHERE o.state IN ('CONFIRMED', 'REPORTED')" + cohorts(f)
                + district(f, "COALESCE(o.district_id, p.district_id)") + " GROUP BY o.kind, o.state", f).getResultList()) {
            Object[] r = (Object[]) row;
            boolean confirmed = "CONFIRMED".equals(r[1]);
            BigDecimal count = BigDecimal.valueOf(((Number) r[2]).longValue());
            switch (String.valueOf(r[0])) {
                case "RESOURCE_CENTRE" -> centres = centres.plus(confirmed, count);
                case "ORGANISATION" -> organisations = organisations.plus(confirmed, count);
                case "SERVICE" -> services = services.plus(confirmed, count);
                case "FUNDS" -> roubles = roubles.plus(confirmed, new BigDecimal(r[3].toString()));
                case "EVENT" -> {
                    events = events.plus(confirmed, count);
                    reached = reached.plus(confirmed, new BigDecimal(r[4].toString()));
                }
                default -> { }
            }
        }
        return new Totals(((Number) people[0]).longValue(), ((Number) people[1]).longValue(),
                ((Number) people[2]).longValue(), centres, organisations, services, roubles, events, reached);
    }

    /** Every district (or the filter's one), by name, with its trainees and confirmed outcomes under the filter. */
    public List<DistrictFigures> byDistrict(Filter f, boolean english) {
        String name = english ? "d.name_en" : "d.name_ru";
        Map<String, long[]> people = new TreeMap<>();
        for (Object row : query("SELECT " + name + ", COUNT(DISTINCT m.person_id), "
                + "COUNT(DISTINCT CASE WHEN " + GRADUATE + " THEN m.person_id END), COUNT(DISTINCT c.id) "
                + "FROM cohort_member m JOIN cohort h ON h.id = m.cohort_id JOIN person p ON p.id = m.person_id "
                + "LEFT JOIN district d ON d.id = p.district_id "
                + "LEFT JOIN certificate c ON c.cohort_id = m.cohort_id AND c.person_id = m.person_id AND c.status = 'VALID' "
                + "WHERE m.role = 'TRAINEE'" + cohorts(f) + district(f, "p.district_id") + " GROUP BY " + name, f)
                .getResultList()) {
            Object[] r = (Object[]) row;
            people.put(label(r[0]), new long[] {n(r[1]), n(r[2]), n(r[3])});
        }
        Map<String, Object[]> outcomes = new TreeMap<>();
        for (Object row : query("SELECT " + name + ", SUM(o.kind = 'RESOURCE_CENTRE'), SUM(o.kind = 'ORGANISATION'), "
                + "SUM(o.kind = 'SERVICE'), COALESCE(SUM(o.amount_roubles), 0) FROM outcome o "
                + "JOIN cohort h ON h.id = o.cohort_id JOIN person p ON p.id = o.person_id "
                + "LEFT JOIN district d ON d.id = COALESCE(o.district_id, p.district_id) WHERE o.state = 'CONFIRMED'"
                + cohorts(f) + district(f, "COALESCE(o.district_id, p.district_id)") + " GROUP BY " + name, f)
                .getResultList()) {
            Object[] r = (Object[]) row;
            outcomes.put(label(r[0]), r);
        }
        java.util.SortedSet<String> names = new java.util.TreeSet<>(java.text.Collator.getInstance(
                english ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("ru")));
        // Every district of the region, also those with nobody trained yet: the school sees where it has not reached.
        Query all = em.createNativeQuery("SELECT " + name + " FROM district d"
                + (f.districtId() == null ? "" : " WHERE d.id = ?"));
        if (f.districtId() != null) {
            all.setParameter(1, f.districtId());
        }
        all.getResultList().forEach(d -> names.add(label(d)));
        names.addAll(people.keySet());
        names.addAll(outcomes.keySet());
        List<DistrictFigures> result = new ArrayList<>();
        for (String d : names) {
            long[] p = people.getOrDefault(d, new long[3]);
            Object[] o = outcomes.get(d);
            result.add(new DistrictFigures(d, p[0], p[1], p[2], o == null ? 0 : n(o[1]), o == null ? 0 : n(o[2]),
                    o == null ? 0 : n(o[3]), o == null ? BigDecimal.ZERO : new BigDecimal(o[4].toString())));
        }
        return result;
    }

    /** Trainees and certificates by the kind of organisation they work in (the fund asks who was trained). */
    public List<KindFigures> byOrganisationKind(Filter f) {
        List<KindFigures> result = new ArrayList<>();
        for (Object row : query("SELECT g.kind, COUNT(DISTINCT m.person_id), "
                + "COUNT(DISTINCT CASE WHEN " + GRADUATE + " THEN m.person_id END) "
                + "FROM cohort_member m JOIN cohort h ON h.id = m.cohort_id JOIN person p ON p.id = m.person_id "
                + "LEFT JOIN organisation g ON g.id = p.organisation_id "
                + "LEFT JOIN certificate c ON c.cohort_id = m.cohort_id AND c.person_id = m.person_id AND c.status = 'VALID' "
                + "WHERE m.role = 'TRAINEE'" + cohorts(f) + district(f, "p.district_id") + " GROUP BY g.kind ORDER BY g.kind", f)
                .getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new KindFigures(r[0] == null ? null : r[0].toString(), n(r[1]), n(r[2])));
        }
        return result;
    }

    private static String cohorts(Filter f) {
        StringBuilder where = new StringBuilder();
        if (f.programmeId() != null) {
            where.append(" AND h.programme_id = ?");
        }
        if (f.cohortId() != null) {
            where.append(" AND h.id = ?");
        }
        if (f.year() != null) {
            where.append(" AND YEAR(h.ends_on) = ?");
        }
        if (f.from() != null) {
            where.append(" AND h.ends_on >= ?");
        }
        if (f.to() != null) {
            where.append(" AND h.ends_on <= ?");
        }
        return where.toString();
    }

    private static String district(Filter f, String column) {
        return f.districtId() == null ? "" : " AND " + column + " = ?";
    }

    /** Binds the filter's values in the order {@link #cohorts} and {@link #district} wrote their placeholders. */
    private Query query(String sql, Filter f) {
        Query q = em.createNativeQuery(sql);
        int i = 1;
        for (Object value : new Object[] {f.programmeId(), f.cohortId(), f.year(), f.from(), f.to(), f.districtId()}) {
            if (value != null) {
                q.setParameter(i++, value);
            }
        }
        return q;
    }

    private static String label(Object name) {
        return name == null ? "" : name.toString();
    }

    private static long n(Object number) {
        return number == null ? 0 : ((Number) number).longValue();
    }
}
