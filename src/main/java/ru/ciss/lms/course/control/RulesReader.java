package ru.ciss.lms.course.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.platform.yaml.YamlFields;

/** The certificate rules and the final-presentation rubric of programme.yaml. */
final class RulesReader {

    private final YamlFields yaml;
    private final ContentReader.ProgrammeReader programme;

    RulesReader(YamlFields yaml, ContentReader.ProgrammeReader programme) {
        this.yaml = yaml;
        this.programme = programme;
    }

    ContentModel.CertificateRules certificate(Map<String, Node> fields) {
        Node node = yaml.required(fields, "certificate");
        if (node == null) {
            return null;
        }
        int line = yaml.line(node);
        Map<String, Node> certificate = yaml.mapping(node, Set.of("series", "attendance", "assignments_required", "presentation"));
        String series = yaml.string(certificate, "series", 8, line);
        if (series != null && !series.matches("^[A-ZА-ЯЁ0-9]{1,8}$")) {
            yaml.problem(yaml.line(certificate.get("series")), "series", series);
        }
        Map<String, Node> attendance = yaml.mapping(orEmpty(certificate.get("attendance"), "attendance", line),
                Set.of("min_percent", "excused_count_as_attended"));
        Map<String, Node> presentation = yaml.mapping(orEmpty(certificate.get("presentation"), "presentation", line),
                Set.of("min_score_percent"));
        String assignments = yaml.string(certificate, "assignments_required", 10, line);
        if (assignments != null && !assignments.equals("all") && !assignments.equals("none")) {
            yaml.problem(yaml.line(certificate.get("assignments_required")), "type", "assignments_required", "all/none");
        }
        Integer minAttendance = yaml.integer(attendance, "min_percent", 0, 100, line);
        Boolean excused = yaml.bool(attendance, "excused_count_as_attended", line);
        Integer minScore = yaml.integer(presentation, "min_score_percent", 0, 100, line);
        return new ContentModel.CertificateRules(series, ContentReader.orZero(minAttendance),
                Boolean.TRUE.equals(excused), "all".equals(assignments), ContentReader.orZero(minScore));
    }

    ContentModel.Rubric rubric(Map<String, Node> fields) {
        Node node = yaml.required(fields, "rubric");
        if (node == null) {
            return null;
        }
        int line = yaml.line(node);
        Map<String, Node> rubric = yaml.mapping(node, Set.of("scale_max", "disagreement_percent", "criteria", "scoring"));
        int scaleMax = ContentReader.orZero(yaml.integer(rubric, "scale_max", 1, 10, line));
        int disagreement = ContentReader.orZero(yaml.integer(rubric, "disagreement_percent", 0, 100, line));
        List<ContentModel.Criterion> criteria = new ArrayList<>();
        int weights = 0;
        List<Node> criterionNodes = yaml.list(rubric, "criteria", line);
        if (criterionNodes.isEmpty() || criterionNodes.size() > 10) {
            yaml.problem(yaml.line(rubric.get("criteria")), "range", "criteria", 1, 10);
        }
        for (Node criterionNode : criterionNodes) {
            int at = yaml.line(criterionNode);
            Map<String, Node> c = yaml.mapping(criterionNode, Set.of("id", "title", "title_en", "weight", "levels"));
            String id = yaml.id(c, "id", at);
            programme.claim(id, programme.name(programme.folderPath().resolve("programme.yaml")), at);
            Integer weight = yaml.integer(c, "weight", 1, 100, at);
            weights += ContentReader.orZero(weight);
            List<String> levels = new ArrayList<>();
            List<Node> levelNodes = yaml.list(c, "levels", at);
            for (int score = 0; score < levelNodes.size(); score++) {
                Map<String, Node> level = yaml.mapping(levelNodes.get(score), Set.of("score", "description"));
                Integer given = yaml.integer(level, "score", 0, 10, yaml.line(levelNodes.get(score)));
                if (given != null && given != score) {
                    yaml.problem(yaml.line(levelNodes.get(score)), "levels", id, scaleMax);
                }
                levels.add(yaml.string(level, "description", 2000, yaml.line(levelNodes.get(score))));
            }
            if (levelNodes.size() != scaleMax + 1) {
                yaml.problem(yaml.line(c.get("levels")), "levels", id, scaleMax);
            }
            criteria.add(new ContentModel.Criterion(id, yaml.string(c, "title", 200, at),
                    yaml.string(c, "title_en", 200, at), ContentReader.orZero(weight), List.copyOf(levels)));
        }
        if (!criterionNodes.isEmpty() && weights != 100) {
            yaml.problem(yaml.line(rubric.get("criteria")), "weights", weights);
        }
        return new ContentModel.Rubric(scaleMax, disagreement, List.copyOf(criteria), scoringOpen(rubric, line));
    }

    /** rubric.scoring: {@code blind} (the default: mentors see a code, not the trainee) or {@code open}. */
    private boolean scoringOpen(Map<String, Node> rubric, int line) {
        String scoring = rubric.containsKey("scoring") ? yaml.string(rubric, "scoring", 5, line) : null;
        if (scoring != null && !scoring.equals("blind") && !scoring.equals("open")) {
            yaml.problem(yaml.line(rubric.get("scoring")), "type", "scoring", "blind/open");
        }
        return "open".equals(scoring);
    }

    private Node orEmpty(Node node, String key, int line) {
        if (node == null) {
            yaml.problem(line, "missingField", key);
        }
        return node;
    }
}
