package ru.ciss.lms.course.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.platform.yaml.YamlFields;

/** One module folder: module.yaml, its lessons, self-check.yaml and assignment.md. */
final class ModuleReader {

    private static final Set<String> FIXED = Set.of("module.yaml", "self-check.yaml", "assignment.md", "images");

    private final ContentReader.ProgrammeReader programme;
    private final Path folder;
    private final int position;

    ModuleReader(ContentReader.ProgrammeReader programme, Path folder, int position) {
        this.programme = programme;
        this.folder = folder;
        this.position = position;
    }

    ContentModel.Module read() {
        List<ContentProblem> problems = programme.problems();
        List<Path> lessonFiles = new ArrayList<>();
        for (Path entry : ContentReader.children(folder, problems, programme.name(folder))) {
            String name = entry.getFileName().toString();
            if (name.matches("^\\d\\d-[a-z0-9-]+\\.md$") && Files.isRegularFile(entry)) {
                lessonFiles.add(entry);
            } else if (!FIXED.contains(name)) {
                problems.add(new ContentProblem(programme.name(entry), 0, "unexpectedFile", name));
            }
        }
        Path descriptor = folder.resolve("module.yaml");
        String file = programme.name(descriptor);
        String text = Files.isRegularFile(descriptor) ? ContentText.read(descriptor, file, problems) : missing(file);
        YamlFields yaml = ContentProblem.yaml(file, 0, problems);
        Map<String, Node> fields = text == null ? null
                : yaml.parse(text, Set.of("id", "title", "title_en", "order", "summary"));
        String id = null;
        Integer order = null;
        if (fields != null) {
            String folderName = folder.getFileName().toString();
            id = yaml.id(fields, "id", 1);
            if (id != null && !id.equals(folderName.substring(3))) {
                problems.add(new ContentProblem(file, yaml.line(fields.get("id")), "idFolder", id, folderName.substring(3)));
            }
            programme.claim(id, file, yaml.line(fields.get("id")));
            order = yaml.integer(fields, "order", 1, 99, 1);
            if (order != null && order != position) {
                problems.add(new ContentProblem(file, yaml.line(fields.get("order")), "order", position));
            }
        }
        // The lessons, questions and brief are read even when module.yaml is broken: every problem is reported.
        List<ContentModel.Lesson> lessons = lessons(lessonFiles);
        List<ContentModel.Question> questions = questions(lessons);
        ContentModel.Brief assignment = brief(programme, folder.resolve("assignment.md"), true);
        if (fields == null) {
            return null;
        }
        return new ContentModel.Module(id, yaml.string(fields, "title", 200, 1), yaml.string(fields, "title_en", 200, 1),
                ContentReader.orZero(order), yaml.string(fields, "summary", 2000, 1), lessons, questions, assignment);
    }

    private String missing(String file) {
        programme.problems().add(new ContentProblem(file, 0, "missingFile", Path.of(file).getFileName().toString()));
        return null;
    }

    private List<ContentModel.Lesson> lessons(List<Path> files) {
        List<ContentProblem> problems = programme.problems();
        if (files.isEmpty()) {
            problems.add(new ContentProblem(programme.name(folder), 0, "noLessons"));
        }
        List<ContentModel.Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i);
            String file = programme.name(path);
            if (!path.getFileName().toString().startsWith(String.format("%02d-", i + 1))) {
                problems.add(new ContentProblem(file, 0, "prefixGap", String.format("%02d", i + 1)));
            }
            String text = ContentText.read(path, file, problems);
            ContentText.Document document = text == null ? null : ContentText.split(text, file, problems);
            if (document == null) {
                continue;
            }
            YamlFields yaml = ContentProblem.yaml(file, document.headerLine(), problems);
            Map<String, Node> header = yaml.parse(document.header(), Set.of("id", "title", "order", "minutes"));
            if (header == null) {
                continue;
            }
            String id = yaml.id(header, "id", 1);
            programme.claim(id, file, yaml.line(header.get("id")));
            Integer order = yaml.integer(header, "order", 1, 99, 1);
            if (order != null && order != i + 1) {
                problems.add(new ContentProblem(file, yaml.line(header.get("order")), "order", i + 1));
            }
            Integer minutes = yaml.integer(header, "minutes", 1, 240, 1);
            ContentText.checkBody(document, file, problems);
            lessons.add(new ContentModel.Lesson(id, yaml.string(header, "title", 200, 1), ContentReader.orZero(order),
                    ContentReader.orZero(minutes), document.body(), file));
        }
        return lessons;
    }

    private List<ContentModel.Question> questions(List<ContentModel.Lesson> lessons) {
        List<ContentProblem> problems = programme.problems();
        Path path = folder.resolve("self-check.yaml");
        String file = programme.name(path);
        String text = Files.isRegularFile(path) ? ContentText.read(path, file, problems) : missing(file);
        YamlFields yaml = ContentProblem.yaml(file, 0, problems);
        Map<String, Node> fields = text == null ? null : yaml.parse(text, Set.of("questions"));
        if (fields == null) {
            return List.of();
        }
        Map<String, Integer> perLesson = new HashMap<>();
        lessons.forEach(l -> perLesson.put(l.id(), 0));
        List<ContentModel.Question> questions = new ArrayList<>();
        for (Node node : yaml.list(fields, "questions", 1)) {
            int at = yaml.line(node);
            Map<String, Node> q = yaml.mapping(node, Set.of("id", "lesson", "text", "options", "explanation",
                    "scenario"));
            String id = yaml.id(q, "id", at);
            programme.claim(id, file, at);
            String lesson = yaml.string(q, "lesson", 100, at);
            if (lesson != null && !perLesson.containsKey(lesson)) {
                problems.add(new ContentProblem(file, yaml.line(q.get("lesson")), "questionLesson", lesson));
            } else if (lesson != null) {
                perLesson.merge(lesson, 1, Integer::sum);
            }
            List<ContentModel.Option> options = new ArrayList<>();
            for (Node optionNode : yaml.list(q, "options", at)) {
                Map<String, Node> o = yaml.mapping(optionNode, Set.of("text", "correct"));
                options.add(new ContentModel.Option(yaml.string(o, "text", 1000, yaml.line(optionNode)),
                        Boolean.TRUE.equals(yaml.bool(o, "correct", yaml.line(optionNode)))));
            }
            if (options.size() < 3 || options.size() > 4) {
                problems.add(new ContentProblem(file, yaml.line(q.get("options")), "range", "options", 3, 4));
            }
            long correct = options.stream().filter(ContentModel.Option::correct).count();
            if (correct != 1) {
                problems.add(new ContentProblem(file, yaml.line(q.get("options")), "correctOptions", correct));
            }
            questions.add(new ContentModel.Question(id, lesson, yaml.string(q, "text", 2000, at), List.copyOf(options),
                    yaml.string(q, "explanation", 4000, at),
                    q.containsKey("scenario") && Boolean.TRUE.equals(yaml.bool(q, "scenario", at))));
        }
        perLesson.forEach((lesson, count) -> {
            if (count < 2 || count > 3) {
                problems.add(new ContentProblem(file, 0, "questionsPerLesson", lesson, count));
            }
        });
        return questions;
    }

    /**
     * An assignment or final-presentation brief: front matter (id, title; an assignment may also say
     * {@code rubric: true}) and a Markdown body.
     */
    static ContentModel.Brief brief(ContentReader.ProgrammeReader programme, Path path, boolean assignment) {
        List<ContentProblem> problems = programme.problems();
        String file = programme.name(path);
        if (!Files.isRegularFile(path)) {
            problems.add(new ContentProblem(file, 0, "missingFile", path.getFileName().toString()));
            return null;
        }
        String text = ContentText.read(path, file, problems);
        ContentText.Document document = text == null ? null : ContentText.split(text, file, problems);
        if (document == null) {
            return null;
        }
        YamlFields yaml = ContentProblem.yaml(file, document.headerLine(), problems);
        Map<String, Node> header = yaml.parse(document.header(),
                assignment ? Set.of("id", "title", "rubric") : Set.of("id", "title"));
        if (header == null) {
            return null;
        }
        String id = yaml.id(header, "id", 1);
        programme.claim(id, file, yaml.line(header.get("id")));
        ContentText.checkBody(document, file, problems);
        boolean rubric = header.containsKey("rubric") && Boolean.TRUE.equals(yaml.bool(header, "rubric", 1));
        return new ContentModel.Brief(id, yaml.string(header, "title", 200, 1), document.body(), file, rubric);
    }
}
