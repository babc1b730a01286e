package ru.ciss.lms.course.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.platform.yaml.YamlFields;

/**
 * Reads every programme under content/ (format: content/README.md) and reports every problem with its file and
 * line. Reading changes nothing: the import stores the result only when there is no problem at all.
 */
public class ContentReader {

    static final String PREFIXED = "^(\\d\\d)-([a-z0-9]+(?:-[a-z0-9]+)*)$";

    /** What was read, and what is wrong; {@code programmes} is complete only when {@code problems} is empty. */
    public record Result(List<ContentModel.Programme> programmes, List<ContentProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result read(Path root) {
        List<ContentProblem> problems = new ArrayList<>();
        List<ContentModel.Programme> programmes = new ArrayList<>();
        Map<String, String> seriesSeen = new HashMap<>();
        for (Path folder : children(root, problems, "")) {
            if (Files.isDirectory(folder)) {
                ContentModel.Programme programme = new ProgrammeReader(root, folder, problems).read();
                if (programme != null && programme.certificate() != null) {
                    String other = seriesSeen.putIfAbsent(programme.certificate().series(), programme.id());
                    if (other != null) {
                        problems.add(new ContentProblem(programme.id() + "/programme.yaml", 0, "seriesTaken",
                                programme.certificate().series(), other));
                    }
                }
                if (programme != null) {
                    programmes.add(programme);
                }
            }
        }
        return new Result(List.copyOf(programmes), List.copyOf(problems));
    }

    /** A folder's entries in name order, hidden ones left out. */
    static List<Path> children(Path folder, List<ContentProblem> problems, String name) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 0, "unreadable", e.getMessage()));
            return List.of();
        }
    }

    /** Reads one programme folder: programme.yaml, final-presentation.md and the module folders. */
    static final class ProgrammeReader {

        private final Path root;
        private final Path folder;
        private final List<ContentProblem> problems;
        private final Map<String, String> ids = new HashMap<>();

        ProgrammeReader(Path root, Path folder, List<ContentProblem> problems) {
            this.root = root;
            this.folder = folder;
            this.problems = problems;
        }

        String name(Path file) {
            return root.relativize(file).toString().replace('\\', '/');
        }

        /** Records an id; a second use anywhere in the programme is a problem. */
        void claim(String id, String file, int line) {
            if (id == null) {
                return;
            }
            String first = ids.putIfAbsent(id, file + ":" + line);
            if (first != null) {
                problems.add(new ContentProblem(file, line, "idTaken", id, first));
            }
        }

        ContentModel.Programme read() {
            Path descriptor = folder.resolve("programme.yaml");
            String file = name(descriptor);
            List<Path> moduleFolders = new ArrayList<>();
            for (Path entry : children(folder, problems, name(folder))) {
                String entryName = entry.getFileName().toString();
                boolean known = entryName.equals("programme.yaml") || entryName.equals("final-presentation.md")
                        || Files.isDirectory(entry) && entryName.matches(PREFIXED);
                if (!known) {
                    problems.add(new ContentProblem(name(entry), 0, "unexpectedFile", entryName));
                } else if (Files.isDirectory(entry)) {
                    moduleFolders.add(entry);
                }
            }
            if (!Files.isRegularFile(descriptor)) {
                problems.add(new ContentProblem(file, 0, "missingFile", "programme.yaml"));
                return null;
            }
            String text = ContentText.read(descriptor, file, problems);
            YamlFields yaml = ContentProblem.yaml(file, 0, problems);
            Map<String, Node> fields = text == null ? null : yaml.parse(text, Set.of("id", "title", "title_en",
                    "description", "edition", "academic_hours", "certificate", "rubric", "final_work", "modules"));
            if (fields == null) {
                return null;
            }
            String id = yaml.id(fields, "id", 1);
            if (id != null && !id.equals(folder.getFileName().toString())) {
                problems.add(new ContentProblem(file, 1, "idFolder", id, folder.getFileName().toString()));
            }
            claim(id, file, 1);
            ContentModel.CertificateRules certificate = new RulesReader(yaml, this).certificate(fields);
            ContentModel.Rubric rubric = new RulesReader(yaml, this).rubric(fields);
            ru.ciss.lms.course.FinalWorkForm finalWork = new FinalWorkReader(yaml, this).read(fields);
            List<ContentModel.Module> modules = modules(yaml, fields, moduleFolders);
            ContentModel.Brief finalPresentation = ModuleReader.brief(this, folder.resolve("final-presentation.md"),
                    false);
            if (finalPresentation != null && !"final-presentation".equals(finalPresentation.id())) {
                problems.add(new ContentProblem(finalPresentation.file(), 2, "idExpected", "final-presentation"));
            }
            return new ContentModel.Programme(id, yaml.string(fields, "title", 200, 1),
                    yaml.string(fields, "title_en", 200, 1), yaml.string(fields, "description", 2000, 1),
                    yaml.date(fields, "edition", 1), orZero(yaml.integer(fields, "academic_hours", 1, 2000, 1)),
                    certificate, rubric, modules, finalPresentation, finalWork);
        }

        private List<ContentModel.Module> modules(YamlFields yaml, Map<String, Node> fields, List<Path> folders) {
            List<String> listed = new ArrayList<>();
            for (Node node : yaml.list(fields, "modules", 1)) {
                listed.add(node instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : "?");
            }
            List<String> existing = folders.stream().map(f -> f.getFileName().toString()).toList();
            if (!listed.equals(existing)) {
                problems.add(new ContentProblem(name(folder.resolve("programme.yaml")), yaml.line(fields.get("modules")),
                        "modulesList", String.join(", ", existing)));
            }
            List<ContentModel.Module> modules = new ArrayList<>();
            for (int i = 0; i < folders.size(); i++) {
                String prefix = String.format("%02d", i + 1);
                if (!existing.get(i).startsWith(prefix + "-")) {
                    problems.add(new ContentProblem(name(folders.get(i)), 0, "prefixGap", prefix));
                }
                ContentModel.Module module = new ModuleReader(this, folders.get(i), i + 1).read();
                if (module != null) {
                    modules.add(module);
                }
            }
            return modules;
        }

        List<ContentProblem> problems() {
            return problems;
        }

        Path folderPath() {
            return folder;
        }
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
