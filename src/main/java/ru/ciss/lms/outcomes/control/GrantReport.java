package ru.ciss.lms.outcomes.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the grant-fund report shows, already added up and labelled in the reader's language.
 *
 * <p>The writers ({@link GrantReportXlsx}, {@link GrantReportPdf}) only lay these figures out; the one sum they make
 * themselves is the districts' totals line, {@link #districtTotal()}, so that both files show the same totals.
 * Missing figures are refused here rather than printed as zero: a zero in a report to the fund is a claim.
 */
public record GrantReport(String title, String programme, LocalDate from, LocalDate to, LocalDate generatedOn,
        List<Indicator> indicators, List<DistrictLine> byDistrict, List<KindLine> byOrganisationKind,
        Labels labels) {

    public GrantReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(labels, "labels");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        // Copies, so that a list changed by the caller after the report was made does not change the report.
        indicators = List.copyOf(indicators);
        byDistrict = List.copyOf(byDistrict);
        byOrganisationKind = List.copyOf(byOrganisationKind);
    }

    /** The totals line under the districts: every column summed, named {@link Labels#total()}. */
    public DistrictLine districtTotal() {
        long trained = 0;
        long graduates = 0;
        long certificates = 0;
        long resourceCentres = 0;
        long organisations = 0;
        long services = 0;
        BigDecimal roubles = BigDecimal.ZERO;
        for (DistrictLine line : byDistrict) {
            trained = Math.addExact(trained, line.trained());
            graduates = Math.addExact(graduates, line.graduates());
            certificates = Math.addExact(certificates, line.certificates());
            resourceCentres = Math.addExact(resourceCentres, line.resourceCentres());
            organisations = Math.addExact(organisations, line.organisations());
            services = Math.addExact(services, line.services());
            roubles = roubles.add(line.roubles());
        }
        return new DistrictLine(labels.total(), trained, graduates, certificates, resourceCentres, organisations,
                services, roubles);
    }

    /**
     * One outcome indicator (e.g. "Открыто ресурсных центров"), confirmed and only reported kept apart; money in
     * roubles.
     */
    public record Indicator(String name, BigDecimal confirmed, BigDecimal reportedOnly, boolean money) {

        public Indicator {
            Objects.requireNonNull(confirmed, "confirmed");
            Objects.requireNonNull(reportedOnly, "reportedOnly");
        }

        /** Confirmed and only reported together: what the indicator reaches if every report holds. */
        public BigDecimal total() {
            return confirmed.add(reportedOnly);
        }
    }

    public record DistrictLine(String district, long trained, long graduates, long certificates, long resourceCentres,
            long organisations, long services, BigDecimal roubles) {

        public DistrictLine {
            Objects.requireNonNull(roubles, "roubles");
        }
    }

    public record KindLine(String organisationKind, long trained, long certified) {
    }

    /**
     * Column headings and captions, from the resource bundle (Russian first, English second). Captions such as
     * {@code period} are written without a colon; the writers add ": " before the value.
     *
     * @param page "Стр." — followed by the page number
     */
    public record Labels(String period, String programmeLabel, String generated, String indicatorsHeading,
            String indicator, String confirmed, String reportedOnly, String total,
            String districtsHeading, String district, String trained, String graduates,
            String certificates, String resourceCentres, String organisations, String services,
            String roubles, String kindsHeading, String organisationKind, String certified,
            String page, String confirmedNote) {
    }
}
