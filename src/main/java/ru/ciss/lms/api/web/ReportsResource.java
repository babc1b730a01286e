package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.outcomes.boundary.GrantReports;
import ru.ciss.lms.outcomes.boundary.OutcomeViews;

/** The figures of the report to the grant fund: the same numbers as its XLSX and PDF on the dashboard. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Отчёт фонду / the report to the fund")
public class ReportsResource {

    @Inject
    GrantReports reports;

    /** Confirmed by staff, and only reported by graduates so far: the fund's report keeps them apart. */
    @Schema(name = "Figure", requiredProperties = {"confirmed", "reportedOnly"})
    public record FigureJson(BigDecimal confirmed, BigDecimal reportedOnly) {
        static FigureJson of(OutcomeViews.Split split) {
            return new FigureJson(split.confirmed(), split.reportedOnly());
        }
    }

    @Schema(name = "FundReport", requiredProperties = {"programmeId", "from", "to", "trained", "graduates",
            "certificates", "resourceCentres", "organisations", "services", "roubles", "events", "peopleReached"})
    public record FundReportJson(long programmeId,
                                 @Schema(format = "date", description = "YYYY-MM-DD") String from,
                                 @Schema(format = "date", description = "YYYY-MM-DD") String to,
                                 @Schema(description = "Обучено / trained") long trained,
                                 @Schema(description = "Выпускников / graduates") long graduates,
                                 @Schema(description = "Сертификатов / certificates") long certificates,
                                 FigureJson resourceCentres, FigureJson organisations, FigureJson services,
                                 @Schema(description = "Привлечено средств, руб. / funds raised, roubles") FigureJson roubles,
                                 FigureJson events, FigureJson peopleReached) {
    }

    @GET
    @Path("fund")
    @Operation(operationId = "fundReport", summary = "Показатели отчёта фонду / the fund report's figures",
            description = "Программа и период, как в отчёте на панели итогов / a programme and a period, as in the "
                    + "report on the outcomes dashboard")
    @APIResponse(responseCode = "200", description = "Показатели / the figures", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundReportJson.class)))
    @APIResponse(responseCode = "400", description = "Нет программы или дат / no programme or dates",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "409", description = "Нет такой программы или период неверен / no such programme, or "
            + "a wrong period", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemJson.class)))
    public FundReportJson fund(
            @Parameter(description = "Программа / the programme", required = true) @QueryParam("programme") Long programme,
            @Parameter(description = "С (YYYY-MM-DD) / from", required = true) @QueryParam("from") String from,
            @Parameter(description = "По (YYYY-MM-DD) / to", required = true) @QueryParam("to") String to) {
        if (programme == null) {
            throw new ApiProblem(400, "badPeriod");
        }
        OutcomeViews.FundFigures f = reports.figures(programme, date(from), date(to));
        return new FundReportJson(f.programmeId(), f.from().toString(), f.to().toString(), f.trained(), f.graduates(),
                f.certificates(), FigureJson.of(f.resourceCentres()), FigureJson.of(f.organisations()),
                FigureJson.of(f.services()), FigureJson.of(f.roubles()), FigureJson.of(f.events()),
                FigureJson.of(f.peopleReached()));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiProblem(400, "badPeriod");
        }
    }
}
