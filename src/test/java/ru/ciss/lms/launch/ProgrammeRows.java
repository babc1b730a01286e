package ru.ciss.lms.launch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.course.control.ContentReader;

/**
 * The programmes of {@code content/}, for a database the app has never started on. The files are read with the
 * app's own {@link ContentReader} (plain Java); the rows are what the app's import ({@code ContentImport}, which
 * needs the container's JPA) would store, with the same content hash, so the app's import on its next start finds
 * them unchanged. A programme that is already in the database is left to the app.
 */
final class ProgrammeRows {

    private ProgrammeRows() {
    }

    /** @return the codes of the programmes added now */
    static List<String> importMissing(Connection c, Path contentDir) throws SQLException {
        ContentReader.Result read = new ContentReader().read(contentDir);
        if (!read.ok()) {
            throw new IllegalStateException("content/ has problems, fix them first: " + read.problems());
        }
        List<String> added = new java.util.ArrayList<>();
        for (ContentModel.Programme p : read.programmes()) {
            if (exists(c, p.id())) {
                continue;
            }
            insert(c, p);
            added.add(p.id());
        }
        c.commit();
        return added;
    }

    private static boolean exists(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM programme WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void insert(Connection c, ContentModel.Programme p) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        long programmeId = insertReturningId(c, "INSERT INTO programme (code, title, title_en, description, "
                        + "academic_hours, certificate_series, min_attendance_percent, excused_count_as_attended, "
                        + "all_assignments_required, min_score_percent, rubric_scale_max, rubric_disagreement_percent, "
                        + "scoring_open, final_brief_title, final_brief_markdown, content_hash, imported_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.title(), p.titleEn(), p.description(), p.academicHours(), p.certificate().series(),
                p.certificate().minAttendancePercent(), p.certificate().excusedCountAsAttended(),
                p.certificate().allAssignmentsRequired(), p.certificate().minScorePercent(), p.rubric().scaleMax(),
                p.rubric().disagreementPercent(), p.rubric().scoringOpen(), p.finalPresentation().title(), p.finalPresentation().markdown(),
                sha256(p.toString()), now);
        int position = 0;
        for (ContentModel.Criterion k : p.rubric().criteria()) {
            insertReturningId(c, "INSERT INTO rubric_criterion (programme_id, code, position, title, title_en, weight, "
                            + "levels) VALUES (?, ?, ?, ?, ?, ?, ?)", programmeId, k.id(), ++position, k.title(),
                    k.titleEn(), k.weight(), k.levelDescriptions().stream().map(ProgrammeRows::json)
                            .collect(Collectors.joining(",", "[", "]")));
        }
        Map<String, Long> lessons = new HashMap<>();
        for (ContentModel.Module m : p.modules()) {
            long moduleId = insertReturningId(c, "INSERT INTO course_module (programme_id, code, position, title, "
                            + "title_en, summary, assignment_code, assignment_title, assignment_markdown) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", programmeId, m.id(), m.order(), m.title(),
                    m.titleEn(), m.summary(), m.assignment().id(), m.assignment().title(), m.assignment().markdown());
            for (ContentModel.Lesson l : m.lessons()) {
                lessons.put(l.id(), insertReturningId(c, "INSERT INTO lesson (programme_id, module_id, code, position, "
                                + "title, minutes, markdown, source_file, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        programmeId, moduleId, l.id(), l.order(), l.title(), l.minutes(), l.markdown(), l.file(), now));
            }
        }
        for (ContentModel.Module m : p.modules()) {
            int q = 0;
            for (ContentModel.Question question : m.questions()) {
                // The JSON shape of SelfCheckQuestion.Option as JSON-B writes it (properties in alphabetical order).
                String options = question.options().stream()
                        .map(o -> "{\"correct\":" + o.correct() + ",\"text\":" + json(o.text()) + "}")
                        .collect(Collectors.joining(",", "[", "]"));
                insertReturningId(c, "INSERT INTO self_check_question (programme_id, lesson_id, code, position, text, "
                                + "explanation, options) VALUES (?, ?, ?, ?, ?, ?, ?)", programmeId,
                        lessons.get(question.lessonId()), question.id(), ++q, question.text(), question.explanation(),
                        options);
            }
        }
    }

    private static long insertReturningId(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A JSON string literal. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
