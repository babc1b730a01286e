package ru.ciss.lms.outcomes.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ciss.lms.outcomes.boundary.OutcomeDashboard;
import ru.ciss.lms.outcomes.control.OutcomeFigures;
import ru.ciss.lms.outcomes.control.RussianFigures;
import ru.ciss.lms.people.boundary.DistrictChoice;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.UserLocale;

/**
 * /outcomes/dashboard.xhtml: graduates, certificates and outcomes by programme, cohort, year and district, with a
 * table of all districts and two charts; and the grant-fund report for a period as XLSX or PDF.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolClock clock;

    @Inject
    OutcomeDashboard dashboard;

    @Inject
    People people;

    @Inject
    UserLocale userLocale;

    private Long programmeId;
    private Long cohortId;
    private Integer year;
    private Integer districtId;
    private String reportFrom;
    private String reportTo;
    private boolean reportRefused;
    private Long reportProgramme;

    private List<OutcomeDashboard.Choice> programmes;
    private List<OutcomeDashboard.Choice> cohorts;
    private List<Integer> years;
    private List<DistrictChoice> districts;
    private OutcomeFigures.Totals totals;
    private List<OutcomeFigures.DistrictFigures> byDistrict;

    @PostConstruct
    void open() {
        programmes = dashboard.programmes();
        cohorts = dashboard.cohorts();
        years = dashboard.years();
        districts = people.districtChoices();
        if (!programmes.isEmpty()) {
            programmeId = programmes.getFirst().id();
        }
        // The latest year whose cohorts have ended by now: a cohort planned for next year has nothing to report yet.
        int thisYear = clock.today().getYear();
        int lastYear = years.stream().filter(y -> y <= thisYear).findFirst().orElse(thisYear);
        reportFrom = LocalDate.of(lastYear, 1, 1).toString();
        reportTo = LocalDate.of(lastYear, 12, 31).toString();
        keepRefusedReport();
        apply();
    }

    /** Back from a refused report (ReportDownload): the form shows what was chosen, and why it was refused. */
    private void keepRefusedReport() {
        Map<String, String> asked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        reportRefused = "true".equals(asked.get("reportRefused"));
        if (!reportRefused) {
            return;
        }
        reportFrom = dateOr(asked.get("reportFrom"), "");
        reportTo = dateOr(asked.get("reportTo"), "");
        String programme = asked.get("reportProgramme");
        if (programme != null && programme.matches("\\d{1,18}")) {
            reportProgramme = Long.valueOf(programme);
        }
    }

    private static String dateOr(String value, String otherwise) {
        try {
            return value == null ? otherwise : LocalDate.parse(value).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }

    public boolean isReportRefused() {
        return reportRefused;
    }

    /** The programme the report form shows chosen: the one asked for before a refusal, else the first. */
    public Long getReportProgramme() {
        return reportProgramme != null ? reportProgramme : programmes.isEmpty() ? null : programmes.getFirst().id();
    }

    /**
     * The filter form's button: post → redirect → get with the filter in the address, so a reload, Back and a
     * bookmark show the same figures (the view parameters read it back).
     */
    public String filter() {
        apply(); // drops a cohort of another programme before it goes into the address
        StringBuilder address = new StringBuilder("/outcomes/dashboard.xhtml?faces-redirect=true&programme=")
                .append(getProgrammeParam());
        if (cohortId != null) {
            address.append("&cohort=").append(cohortId);
        }
        if (year != null) {
            address.append("&year=").append(year);
        }
        if (districtId != null) {
            address.append("&district=").append(districtId);
        }
        return address.toString();
    }

    /** Set by a filter read from the address: the figures are counted again for it (viewAction). */
    private boolean addressed;

    public void load() {
        if (addressed) {
            apply();
        }
    }

    /** The address's word for «all programmes» (no programme parameter means the first one, as the page opens). */
    static final String ALL = "ALL";

    public String getProgrammeParam() {
        return programmeId == null ? ALL : programmeId.toString();
    }

    public void setProgrammeParam(String value) {
        addressed = true;
        if (ALL.equals(value)) {
            programmeId = null;
        } else if (ru.ciss.lms.platform.web.FilterAddress.id(value) != null) {
            programmeId = ru.ciss.lms.platform.web.FilterAddress.id(value);
        }
    }

    public String getCohortParam() {
        return cohortId == null ? null : cohortId.toString();
    }

    public void setCohortParam(String value) {
        addressed = true;
        cohortId = ru.ciss.lms.platform.web.FilterAddress.id(value);
    }

    public String getYearParam() {
        return year == null ? null : year.toString();
    }

    public void setYearParam(String value) {
        addressed = true;
        year = value != null && value.matches("[12][0-9]{3}") ? Integer.valueOf(value) : null;
    }

    public String getDistrictParam() {
        return districtId == null ? null : districtId.toString();
    }

    public void setDistrictParam(String value) {
        addressed = true;
        districtId = ru.ciss.lms.platform.web.FilterAddress.smallId(value);
    }

    /** Counts again for the chosen filters; a cohort of another programme than the chosen one is dropped. */
    public void apply() {
        if (cohortId != null && programmeId != null && cohorts.stream()
                .noneMatch(c -> c.id() == cohortId && programmeId.equals(c.programmeId()))) {
            cohortId = null;
        }
        OutcomeFigures.Filter filter = new OutcomeFigures.Filter(programmeId, cohortId, year, districtId, null, null);
        totals = dashboard.totals(filter);
        byDistrict = dashboard.byDistrict(filter, english());
    }

    /** The cohorts of the chosen programme. */
    public List<OutcomeDashboard.Choice> getCohorts() {
        return programmeId == null ? cohorts
                : cohorts.stream().filter(c -> programmeId.equals(c.programmeId())).toList();
    }

    /** Confirmed outcomes per district as a stacked bar chart (Chart.js configuration for p:chart). */
    public String getDistrictChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder centres = Json.createArrayBuilder();
        JsonArrayBuilder organisations = Json.createArrayBuilder();
        JsonArrayBuilder services = Json.createArrayBuilder();
        for (OutcomeFigures.DistrictFigures d : byDistrict) {
            if (d.resourceCentres() + d.organisations() + d.services() > 0) {
                labels.add(d.district().isEmpty() ? "—" : d.district());
                centres.add(d.resourceCentres());
                organisations.add(d.organisations());
                services.add(d.services());
            }
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return ChartJson.bar(labels, Json.createArrayBuilder()
                        .add(ChartJson.dataset(Texts.get("outcomes.figure.resourceCentres"), centres, ChartJson.BLUE))
                        .add(ChartJson.dataset(Texts.get("outcomes.figure.organisations"), organisations,
                                ChartJson.GREEN))
                        .add(ChartJson.dataset(Texts.get("outcomes.figure.services"), services, ChartJson.ORANGE)),
                Json.createObjectBuilder().add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y",
                                Json.createObjectBuilder().add("stacked", true))));
    }

    /** Confirmed against only reported, indicator by indicator. */
    public String getConfirmationChart() {
        OutcomeFigures.Split[] splits = {totals.resourceCentres(), totals.organisations(), totals.services(),
                totals.events()};
        String[] keys = {"resourceCentres", "organisations", "services", "events"};
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder confirmed = Json.createArrayBuilder();
        JsonArrayBuilder reported = Json.createArrayBuilder();
        for (int i = 0; i < keys.length; i++) {
            labels.add(Texts.get("outcomes.figure." + keys[i]));
            confirmed.add(splits[i].confirmed());
            reported.add(splits[i].reportedOnly());
        }
        return ChartJson.bar(labels, Json.createArrayBuilder()
                        .add(ChartJson.dataset(Texts.get("outcomes.confirmedFigures"), confirmed, ChartJson.GREEN))
                        .add(ChartJson.dataset(Texts.get("outcomes.reportedFigures"), reported, ChartJson.GREY)),
                Json.createObjectBuilder());
    }

    /** The chart's content said in words, for screen readers and for those who would rather read. */
    public String getDistrictChartLabel() {
        return Texts.get("outcomes.chart.districts.label", byDistrict.stream()
                .filter(d -> d.resourceCentres() + d.organisations() + d.services() > 0).count());
    }

    public String getConfirmationChartLabel() {
        return Texts.get("outcomes.chart.confirmation.label", RussianFigures.count(totals.resourceCentres().confirmed()),
                RussianFigures.count(totals.resourceCentres().reportedOnly()));
    }

    public String count(BigDecimal value) {
        return RussianFigures.count(value);
    }

    public String roubles(BigDecimal value) {
        return RussianFigures.roubles(value);
    }

    /** The report's address for the chosen programme and period: /outcomes/report?programme=&amp;from=&amp;to=&amp;format=. */
    public String reportQuery(String format) {
        return "programme=" + (programmeId == null ? "" : programmeId) + "&from=" + nullToEmpty(reportFrom) + "&to="
                + nullToEmpty(reportTo) + "&format=" + format;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private boolean english() {
        Locale locale = userLocale.getLocale();
        return "en".equals(locale.getLanguage());
    }

    public List<OutcomeDashboard.Choice> getProgrammes() {
        return programmes;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<DistrictChoice> getDistricts() {
        return districts;
    }

    public OutcomeFigures.Totals getTotals() {
        return totals;
    }

    public List<OutcomeFigures.DistrictFigures> getByDistrict() {
        return byDistrict;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public String getReportFrom() {
        return reportFrom;
    }

    public void setReportFrom(String reportFrom) {
        this.reportFrom = reportFrom;
    }

    public String getReportTo() {
        return reportTo;
    }

    public void setReportTo(String reportTo) {
        this.reportTo = reportTo;
    }
}
