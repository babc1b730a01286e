package ru.ciss.lms.launch;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import ru.ciss.lms.people.ConsentKind;

/**
 * Cohorts from 2018 to 2026 (most finished, the latest active), their members, the lessons studied, and
 * the training sessions with every trainee's attendance mark and its line in the audit trail. Each cohort runs half
 * a year with three in-person sessions of two days and online seminars between them; the number of seminars is
 * chosen so that the marks come to about fifty per trainee, as issue #9 asks.
 */
final class GeneratedCohorts {

    private static final int FIRST_YEAR = 2018;
    private static final int YEARS = 9;
    private static final int SPAN_DAYS = 182;
    private static final String[] EXCUSES = {"болезнь", "командировка", "семейные обстоятельства",
            "распутица, дорога закрыта", "больничный по уходу за ребёнком"};
    private static final String[] PLACES = {"г. Омск, ул. Ленина, 10, ЦИСС, конференц-зал",
            "г. Омск, Омская областная научная библиотека им. Пушкина", "г. Омск, Дом дружбы, ул. Красный Путь, 36"};

    final List<CohortPlan> cohorts = new ArrayList<>();
    long marks;

    private final Connection c;
    private final Random random;
    private final GenerationSizes sizes;
    private final LocalDate today;

    GeneratedCohorts(Connection c, Random random, GenerationSizes sizes, LocalDate today) {
        this.c = c;
        this.random = random;
        this.sizes = sizes;
        this.today = today;
    }

    /** Nine in ten cohorts are of the school of resource-centre leaders, the rest of social innovations. */
    void plan(Map<String, CohortPlan.Programme> programmes, GeneratedPeople people) throws SQLException {
        CohortPlan.Programme leaders = programmes.get("rc-leaders");
        CohortPlan.Programme innovations = programmes.getOrDefault("social-innovations", leaders);
        long id = Ids.next(c, "cohort");
        int trainee = 0;
        int mentor = 0;
        int[] perYear = new int[YEARS];
        for (int i = 0; i < sizes.cohorts(); i++) {
            perYear[i * YEARS / sizes.cohorts()]++;
        }
        int[] seen = new int[YEARS];
        for (int i = 0; i < sizes.cohorts(); i++) {
            int y = i * YEARS / sizes.cohorts();
            int n = ++seen[y];
            CohortPlan.Programme programme = i % 10 == 9 ? innovations : leaders;
            LocalDate starts = LocalDate.of(FIRST_YEAR + y, 1, 20).plusDays((long) (n - 1) * 330 / perYear[y]);
            String name = (programme == leaders ? "Школа лидеров ресурсных центров" : "Школа социальных инноваций")
                    + " — " + starts.getYear() + ", поток " + n;
            CohortPlan plan = new CohortPlan(id++, programme, name, starts, starts.plusDays(SPAN_DAYS), today);
            for (int t = 0; t < sizes.traineesOf(i); t++) {
                plan.trainees.add(people.trainees.get(trainee++));
                int roll = random.nextInt(100);
                plan.diligence.add(roll < 80 ? CohortPlan.Diligence.GOOD : roll < 92 ? CohortPlan.Diligence.FAIR
                        : CohortPlan.Diligence.WEAK);
            }
            for (int m = 0; m < sizes.mentorsOf(i); m++) {
                plan.mentors.add(people.mentors.get(mentor++ % people.mentors.size()));
            }
            int size = plan.trainees.size();
            plan.attended = new int[size];
            plan.workAccepted = new boolean[size];
            plan.finalPercent = new Double[size];
            cohorts.add(plan);
        }
    }

    void cohortsAndMembers() throws SQLException {
        String version = ConsentKind.PERSONAL_DATA.currentVersion();
        long lessonRows = 0;
        for (CohortPlan p : cohorts) {
            lessonRows += (long) p.trainees.size() * p.programme.lessons().size();
        }
        try (RowWriter cohortRows = new RowWriter(c, "cohort", "id, programme_id, name, starts_on, ends_on, status, "
                + "created_at", null, 0);
             RowWriter members = new RowWriter(c, "cohort_member", "cohort_id, person_id, role, enrolled_at",
                     "cohort members", sizes.trainees() + sizes.mentors());
             RowWriter consents = new RowWriter(c, "consent", "person_id, kind, text_version, given_at", null, 0);
             RowWriter progress = new RowWriter(c, "lesson_progress", "person_id, lesson_id, studied_at",
                     "lessons studied", lessonRows)) {
            for (CohortPlan p : cohorts) {
                LocalDateTime enrolled = p.starts.minusDays(7).atTime(10, 0);
                cohortRows.add(p.id, p.programme.id(), p.name, p.starts, p.ends, p.status, enrolled.minusDays(30));
                cohortRows.flush(); // members point at it
                for (GeneratedPeople.Someone m : p.mentors) {
                    members.add(p.id, m.id(), "MENTOR", enrolled);
                }
                double elapsed = p.elapsed(today);
                List<Long> lessons = p.programme.lessons();
                for (int t = 0; t < p.trainees.size(); t++) {
                    GeneratedPeople.Someone trainee = p.trainees.get(t);
                    members.add(p.id, trainee.id(), "TRAINEE", enrolled);
                    if (!p.status.equals("PLANNED") || random.nextInt(10) < 6) {
                        consents.add(trainee.id(), "PERSONAL_DATA", version, enrolled.plusDays(1 + random.nextInt(5)));
                    }
                    if (p.finished() && random.nextInt(10) < 3) {
                        consents.add(trainee.id(), "PUBLISH_NAME", ConsentKind.PUBLISH_NAME.currentVersion(),
                                p.ends.atTime(12, 0));
                    }
                    double share = switch (p.diligence.get(t)) {
                        case GOOD -> 1.0;
                        case FAIR -> 0.9;
                        case WEAK -> 0.6;
                    } * (p.finished() ? 1.0 : elapsed);
                    int studied = (int) Math.round(share * lessons.size());
                    long spread = Math.max(1, p.ends.toEpochDay() - p.starts.toEpochDay());
                    for (int l = 0; l < studied; l++) {
                        LocalDate day = p.starts.plusDays(l * spread / lessons.size());
                        progress.add(trainee.id(), lessons.get(l), day.atTime(19, random.nextInt(60)));
                    }
                }
            }
        }
    }

    /** The session days of every cohort, then one mark per trainee per past day, with its audit line. */
    void sessionsAndAttendance(GeneratedPeople people) throws SQLException {
        double weighted = 0;
        for (CohortPlan p : cohorts) {
            weighted += p.trainees.size() * p.elapsed(today);
        }
        int days = Math.max(6, (int) Math.ceil(sizes.attendanceMarks() / Math.max(1.0, weighted)));
        long session = Ids.next(c, "training_session");
        long dayId = Ids.next(c, "session_day");
        try (RowWriter sessions = new RowWriter(c, "training_session", "id, cohort_id, title, format, place, link, "
                + "created_at", null, 0);
             RowWriter dayRows = new RowWriter(c, "session_day", "id, session_id, day, starts_at, ends_at, agenda", null, 0);
             RowWriter markRows = new RowWriter(c, "attendance_mark", "day_id, person_id, status, reason, noted_at, "
                     + "marked_by, source", "attendance marks", sizes.attendanceMarks());
             RowWriter changes = new RowWriter(c, "attendance_change", "day_id, person_id, from_status, to_status, "
                     + "reason, changed_by, changed_at, source", null, 0)) {
            for (CohortPlan p : cohorts) {
                LocalDateTime created = p.starts.minusDays(20).atTime(11, 0);
                long[] inPerson = {session++, session++, session++};
                long online = session++;
                for (int s = 0; s < 3; s++) {
                    sessions.add(inPerson[s], p.id, "Сессия " + (s + 1), s == 1 ? "MIXED" : "IN_PERSON", PLACES[s],
                            s == 1 ? "https://meet.example.org/ciss-" + p.id : null, created);
                }
                sessions.add(online, p.id, "Онлайн-семинары", "ONLINE", null, "https://meet.example.org/ciss-web-" + p.id,
                        created);
                sessions.flush(); // days point at them
                List<LocalDate> sessionDates = List.of(p.starts, p.starts.plusDays(1), p.starts.plusDays(90),
                        p.starts.plusDays(91), p.ends.minusDays(1), p.ends);
                TreeSet<LocalDate> seminarDates = seminars(p, days - 6, sessionDates);
                List<long[]> dayIds = new ArrayList<>(); // {id, epochDay, inPerson}
                for (int d = 0; d < 6; d++) {
                    dayRows.add(dayId, inPerson[d / 2], sessionDates.get(d), LocalTime.of(10, 0), LocalTime.of(17, 0),
                            "Лекции, практикум, работа в группах");
                    dayIds.add(new long[] {dayId++, sessionDates.get(d).toEpochDay(), 1});
                }
                for (LocalDate date : seminarDates) {
                    dayRows.add(dayId, online, date, LocalTime.of(18, 0), LocalTime.of(19, 30), "Онлайн-семинар");
                    dayIds.add(new long[] {dayId++, date.toEpochDay(), 0});
                }
                dayRows.flush(); // marks point at them
                p.days = dayIds.size();
                for (long[] day : dayIds) {
                    LocalDate date = LocalDate.ofEpochDay(day[1]);
                    if (!date.isBefore(today)) {
                        continue; // not marked yet
                    }
                    long markedBy = random.nextInt(3) == 0 ? people.administrators.get(random.nextInt(people.administrators.size())).id()
                            : p.mentors.get(random.nextInt(p.mentors.size())).id();
                    for (int t = 0; t < p.trainees.size(); t++) {
                        mark(p, t, date, day, markedBy, markRows, changes);
                    }
                }
            }
            marks = markRows.written();
        }
    }

    private void mark(CohortPlan p, int t, LocalDate date, long[] day, long markedBy, RowWriter markRows,
                      RowWriter changes) throws SQLException {
        long person = p.trainees.get(t).id();
        String status;
        String reason = null;
        if (random.nextDouble() < p.diligence.get(t).attends) {
            status = random.nextInt(100) < 93 ? "PRESENT" : "LATE";
        } else if (random.nextInt(10) < 4) {
            status = "EXCUSED";
            reason = EXCUSES[random.nextInt(EXCUSES.length)];
        } else {
            status = "ABSENT";
        }
        boolean counts = status.equals("PRESENT") || status.equals("LATE")
                || status.equals("EXCUSED") && p.programme.excusedCounts();
        if (counts) {
            p.attended[t]++;
        }
        boolean checkIn = day[2] == 1 && !status.equals("ABSENT") && !status.equals("EXCUSED") && random.nextBoolean();
        LocalDateTime at = checkIn ? date.atTime(10, status.equals("LATE") ? 20 + random.nextInt(30) : random.nextInt(10))
                : date.atTime(day[2] == 1 ? 17 : 19, 30 + random.nextInt(25));
        long by = checkIn ? person : markedBy;
        String source = checkIn ? "CHECK_IN" : "GRID";
        markRows.add(day[0], person, status, reason, at, by, source);
        changes.add(day[0], person, null, status, reason, by, at, source);
    }

    /** Seminar dates spread evenly between the first and last session, on days no session takes. */
    private static TreeSet<LocalDate> seminars(CohortPlan p, int count, List<LocalDate> taken) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        long first = p.starts.toEpochDay() + 2;
        long span = p.ends.toEpochDay() - 2 - first;
        for (int k = 0; k < count && dates.size() < span - taken.size(); k++) {
            LocalDate date = LocalDate.ofEpochDay(first + (long) k * span / count);
            while (taken.contains(date) || dates.contains(date)) {
                date = date.plusDays(1);
            }
            dates.add(date);
        }
        return dates;
    }
}
