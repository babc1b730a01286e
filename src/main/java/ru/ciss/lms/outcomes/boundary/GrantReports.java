package ru.ciss.lms.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import ru.ciss.lms.outcomes.control.GrantReport;
import ru.ciss.lms.outcomes.control.OutcomeFigures;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.outcomes.OutcomeRefusedException;

/**
 * Administrators: the grant-fund report of a programme for a period (the cohorts that finished within it), in the
 * reader's language, ready for the XLSX and PDF writers. Confirmed and only reported figures stay apart.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class GrantReports {

    /** A report spans at most this many years; a longer one is a typing mistake in a date. */
    static final int MAX_YEARS = 20;

    @Inject
    OutcomeFigures figures;

    @Inject
    OutcomeDashboard dashboard;

    public GrantReport of(long programmeId, LocalDate from, LocalDate to, Locale locale) {
        String programme = checked(programmeId, from, to);
        OutcomeFigures.Filter filter = new OutcomeFigures.Filter(programmeId, null, null, null, from, to);
        OutcomeFigures.Totals t = figures.totals(filter);
        List<GrantReport.Indicator> indicators = List.of(
                count(locale, "trained", t.trained()),
                count(locale, "graduates", t.graduates()),
                count(locale, "certificates", t.certificates()),
                split(locale, "resourceCentres", t.resourceCentres(), false),
                split(locale, "organisations", t.organisations(), false),
                split(locale, "services", t.services(), false),
                split(locale, "roubles", t.roubles(), true),
                split(locale, "events", t.events(), false),
                split(locale, "peopleReached", t.peopleReached(), false));
        List<GrantReport.DistrictLine> districts = figures.byDistrict(filter, "en".equals(locale.getLanguage())).stream()
                .map(d -> new GrantReport.DistrictLine(d.district().isEmpty() ? text(locale, "outcomes.orgKind.none")
                        : d.district(), d.trained(), d.graduates(), d.certificates(), d.resourceCentres(),
                        d.organisations(), d.services(), d.roubles())).toList();
        List<GrantReport.KindLine> kinds = figures.byOrganisationKind(filter).stream()
                .map(k -> new GrantReport.KindLine(text(locale, "outcomes.orgKind."
                        + (k.organisationKind() == null ? "none" : k.organisationKind())), k.trained(), k.certified()))
                .toList();
        return new GrantReport(text(locale, "outcomes.report.heading"), programme, from, to,
                LocalDate.now(SchoolClock.current()), indicators, districts, kinds, labels(locale));
    }

    /** The report's figures alone, the same numbers as {@link #of}, for other systems. */
    public OutcomeViews.FundFigures figures(long programmeId, LocalDate from, LocalDate to) {
        checked(programmeId, from, to);
        OutcomeFigures.Totals t = figures.totals(new OutcomeFigures.Filter(programmeId, null, null, null, from, to));
        return new OutcomeViews.FundFigures(programmeId, from, to, t.trained(), t.graduates(), t.certificates(),
                split(t.resourceCentres()), split(t.organisations()), split(t.services()), split(t.roubles()),
                split(t.events()), split(t.peopleReached()));
    }

    /** The programme's title, when the period is a real one and the programme exists. */
    private String checked(long programmeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new OutcomeRefusedException("outcomes.report.invalid");
        }
        String programme = dashboard.programmeTitle(programmeId);
        if (programme.isEmpty()) {
            throw new OutcomeRefusedException("outcomes.report.invalid");
        }
        return programme;
    }

    private static OutcomeViews.Split split(OutcomeFigures.Split split) {
        return new OutcomeViews.Split(split.confirmed(), split.reportedOnly());
    }

    /** People and certificates are facts of the school's own records: confirmed by definition. */
    private static GrantReport.Indicator count(Locale locale, String key, long value) {
        return new GrantReport.Indicator(text(locale, "outcomes.figure." + key), BigDecimal.valueOf(value),
                BigDecimal.ZERO, false);
    }

    private static GrantReport.Indicator split(Locale locale, String key, OutcomeFigures.Split split, boolean money) {
        return new GrantReport.Indicator(text(locale, "outcomes.figure." + key), split.confirmed(), split.reportedOnly(),
                money);
    }

    private static GrantReport.Labels labels(Locale l) {
        return new GrantReport.Labels(text(l, "outcomes.report.period"), text(l, "outcomes.programme"),
                text(l, "outcomes.report.generated"), text(l, "outcomes.report.indicators"), text(l, "outcomes.figure"),
                text(l, "outcomes.confirmedFigures"), text(l, "outcomes.reportedFigures"), text(l, "outcomes.report.total"),
                text(l, "outcomes.dashboard.districts"), text(l, "outcomes.district"), text(l, "outcomes.figure.trained"),
                text(l, "outcomes.figure.graduates"), text(l, "outcomes.figure.certificates"),
                text(l, "outcomes.figure.resourceCentres"), text(l, "outcomes.figure.organisations"),
                text(l, "outcomes.figure.services"), text(l, "outcomes.figure.roubles"), text(l, "outcomes.report.kinds"),
                text(l, "outcomes.report.organisationKind"), text(l, "outcomes.report.certified"),
                text(l, "outcomes.report.page"), text(l, "outcomes.report.note"));
    }

    private static String text(Locale locale, String key) {
        return Texts.get(locale, key);
    }
}
