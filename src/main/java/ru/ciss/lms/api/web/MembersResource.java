package ru.ciss.lms.api.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.enrolment.boundary.Enrolments;

/**
 * A cohort's members: the list, and enrolling trainees. Enrolling goes through the roster import itself: the
 * people are written as the rows of a CSV file and checked and enrolled by exactly the rules and messages of the
 * import page, all of them in one transaction or none; sending the same people again enrols nobody twice.
 */
@Path("cohorts/{id}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "cohorts") // the tag CohortsResource declares: a second declaration would repeat it in the document
public class MembersResource {

    /** The import's own column names, in its order: the file is read by its header, like a district's. */
    static final List<String> HEADER = List.of("Фамилия", "Имя", "Отчество", "E-mail", "Телефон", "Район",
            "Организация", "Тип организации", "Должность", "Зачислен с");
    /** The header is the file's first line: a person's line number less this is their place in the list. */
    static final int LINE_SHIFT = 1;
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    @Inject
    Cohorts cohorts;

    @Inject
    Enrolments enrolments;

    @Context
    HttpHeaders headers;

    @jakarta.json.bind.annotation.JsonbNillable // leftOn and patronymic as null rather than left out
    @Schema(name = "Member", requiredProperties = {"personId", "surname", "givenName", "email", "role", "enrolledOn"})
    public record MemberJson(long personId, String surname, String givenName,
                             @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true"))
                             String patronymic, String email,
                             @Schema(enumeration = {"TRAINEE", "MENTOR"}) String role,
                             @Schema(format = "date", description = "YYYY-MM-DD") String enrolledOn,
                             @Schema(format = "date", extensions = @Extension(name = OpenApiDefaults.NULLABLE,
                                     value = "true"), description = "YYYY-MM-DD; null, пока состоит / while a member")
                             String leftOn) {
        static MemberJson of(CohortViews.MemberRow m) {
            return new MemberJson(m.personId(), m.surname(), m.givenName(), m.patronymic(), m.email(), m.role().name(),
                    m.enrolledOn().toString(), m.leftOn() == null ? null : m.leftOn().toString());
        }
    }

    @GET
    @Operation(operationId = "cohortMembers", summary = "Участники потока / a cohort's members", description =
            "Слушатели и наставники, с датой зачисления и выбытия; весь список (поток — это сотни человек, не больше) "
                    + "/ trainees and mentors with the dates they joined and left; the whole list (a cohort is hundreds "
                    + "of people at most)")
    @APIResponse(responseCode = "200", description = "Участники / the members", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MemberJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    public List<MemberJson> members(@PathParam("id") long id) {
        cohort(id);
        return cohorts.members(id).stream().map(MemberJson::of).toList();
    }

    @Schema(name = "NewTrainee", requiredProperties = {"surname", "givenName", "email", "district"})
    public record PersonJson(String surname, String givenName, String patronymic, String email, String phone,
                             @Schema(description = "Район Омской области, как в импорте (можно без «район») / a "
                                     + "district of the Omsk region, as in the import") String district,
                             String organisation,
                             @Schema(description = "Тип организации, как в импорте / the organisation kind, as in "
                                     + "the import") String organisationKind,
                             String position,
                             @Schema(description = "Зачислен с: YYYY-MM-DD или дд.мм.гггг; нет — сегодня / enrolled "
                                     + "from: YYYY-MM-DD or dd.mm.yyyy; none: today") String enrolledOn) {

        List<String> cells() {
            return Stream.of(surname, givenName, patronymic, email, phone, district, organisation, organisationKind,
                    position, russianDate(enrolledOn)).map(c -> c == null ? "" : c).toList();
        }

        /** An ISO date as the import writes dates; anything else as sent, for the import's own message. */
        private static String russianDate(String date) {
            if (date == null) {
                return null;
            }
            try {
                return LocalDate.parse(date.strip()).format(RUSSIAN_DATE);
            } catch (DateTimeParseException e) {
                return date;
            }
        }
    }

    @Schema(name = "Enrolled", requiredProperties = {"created", "updated", "enrolled", "alreadyMembers",
            "activationLinks"})
    public record EnrolledJson(@Schema(description = "Новых учётных записей / new accounts") int created,
                               @Schema(description = "Уже были в системе, данные обновлены / already known, details "
                                       + "updated") int updated,
                               @Schema(description = "Зачислено в поток / enrolled into the cohort") int enrolled,
                               @Schema(description = "Уже состояли в потоке / already members") int alreadyMembers,
                               @Schema(description = "Выдано ссылок для входа: разослать — на странице зачисления / "
                                       + "activation links made: send them from the enrolment page") int activationLinks) {
    }

    @Schema(name = "FieldProblem", requiredProperties = {"field", "message"})
    public record FieldProblemJson(@Schema(enumeration = {"surname", "givenName", "patronymic", "email", "phone",
            "district", "organisation", "organisationKind", "position", "enrolledOn"}, description = "Свойство "
            + "человека, которое исправить / the person's property to correct") String field,
                                   @Schema(description = "Сообщение импорта на языке Accept-Language / the import's "
                                           + "message in the Accept-Language language") String message) {
    }

    @Schema(name = "RowProblems", requiredProperties = {"row", "problems"})
    @jakarta.json.bind.annotation.JsonbNillable
    public record RowJson(@Schema(description = "Номер человека в списке, с 1 / the person's place in the list, "
                                  + "from 1") int row,
                          @Schema(extensions = @Extension(name = OpenApiDefaults.NULLABLE, value = "true")) String email,
                          List<FieldProblemJson> problems) {
    }

    @Schema(name = "EnrolmentProblem", description = "RFC 9457 problem details / описание ошибки по RFC 9457",
            requiredProperties = {"type", "title", "status", "detail", "problems", "rows"})
    public record EnrolmentProblemJson(
            @Schema(pattern = "^urn:lms:problem:[A-Za-z]+$") String type, String title, int status, String detail,
            @Schema(description = "Ошибки списка в целом / problems of the list as a whole") List<String> problems,
            @Schema(description = "Люди с ошибками / the people with problems") List<RowJson> rows) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "enrolTrainees", summary = "Зачислить слушателей / enrol trainees", description =
            "По правилам и с сообщениями импорта списка: всех или никого; повторная отправка никого не зачисляет "
                    + "дважды / by the rules and with the messages of the roster import: all or none; sending the "
                    + "same people again enrols nobody twice")
    @APIResponse(responseCode = "200", description = "Зачислены / enrolled", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolledJson.class)))
    @APIResponse(responseCode = "400", description = "Не список людей / not a list of people",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "404", description = "Нет такого потока / no such cohort",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @APIResponse(responseCode = "422", description = "Есть ошибки: никто не зачислен / there are problems: nobody "
            + "was enrolled", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = EnrolmentProblemJson.class)))
    public Response enrol(@PathParam("id") long id, List<PersonJson> people) {
        cohort(id);
        byte[] file = csv(people);
        Locale locale = Problems.language(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Enrolments.Check check = enrolments.check(id, file, locale, LINE_SHIFT);
        if (!check.acceptable()) {
            return problems(check, locale);
        }
        Enrolments.Result result = enrolments.enrol(id, file, null, Enrolments.Options.STRICT, "API");
        return Response.ok(new EnrolledJson(result.created(), result.updated(), result.enrolled(),
                result.alreadyEnrolled(), result.newAccounts().size())).build();
    }

    /** The people as the import's file: its header, then one line each (a value on two lines would shift them). */
    static byte[] csv(List<PersonJson> people) {
        if (people == null || people.isEmpty() || people.stream().anyMatch(p -> p == null
                || p.cells().stream().allMatch(String::isBlank)
                || p.cells().stream().anyMatch(c -> c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0))) {
            throw new ApiProblem(400, "badRequest");
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(HEADER);
            for (PersonJson person : people) {
                printer.printRecord(person.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 422 with the list's problems and each wrong person's, beside the usual members of a problem. */
    private static Response problems(Enrolments.Check check, Locale locale) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Enrolments.RowCheck row : check.wrongRows()) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            row.problems().forEach(p -> problems.add(Json.createObjectBuilder().add("field", p.field())
                    .add("message", p.message())));
            JsonObjectBuilder one = Json.createObjectBuilder().add("row", row.line() - LINE_SHIFT)
                    .add("problems", problems);
            rows.add(row.email() == null ? one.addNull("email") : one.add("email", row.email()));
        }
        return Problems.answer(422, locale, Problems.members(422, "roster", locale)
                .add("problems", Json.createArrayBuilder(check.fileProblems())).add("rows", rows));
    }

    private CohortViews.CohortFacts cohort(long id) {
        return cohorts.facts(id).orElseThrow(() -> new ApiProblem(404, "notFound"));
    }
}
