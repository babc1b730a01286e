package ru.ciss.lms.certificates.control;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import ru.ciss.lms.platform.yaml.YamlFields;

/**
 * The certificate form as the school edits it, without touching code: text blocks with placeholders at positions on
 * an A4 landscape page, an optional border and the place of the QR code. The format is documented at the top of
 * {@code content/certificate-layout.yaml}. Everything is checked when the template is read, so that a mistake is
 * reported to whoever changes the template, not discovered on a trainee's certificate. Immutable: one instance
 * serves any number of concurrent renderings.
 */
public final class CertificateLayout {

    /** A4 landscape, in millimetres. */
    static final float PAGE_WIDTH = 297f;
    static final float PAGE_HEIGHT = 210f;

    /** Distance between baselines as a multiple of the font size; also used to check that a line fits. */
    static final float LINE_HEIGHT = 1.2f;

    static final float MM_PER_PT = 25.4f / 72f;

    private static final float DEFAULT_X = 20f;
    private static final float MIN_WIDTH = 10f;
    private static final float MIN_SIZE = 6f;
    private static final float MAX_SIZE = 72f;
    /** Below about 15 mm a phone camera struggles with a URL's code printed on an office printer. */
    private static final float MIN_QR = 15f;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> PLACEHOLDERS = Set.of("school", "holder", "programme", "hours", "cohort_from",
            "cohort_to", "number", "issued_on", "signatory_name", "signatory_position", "verify_url", "passed",
            "organisation_details", "city", "year", "lead_name", "lead_position", "grant", "assessment");

    enum Align { LEFT, CENTER, RIGHT }

    /** Lengths in millimetres, except the line width, which is in points like every line width in print. */
    record Border(float inset, float lineWidth, Color color) {
    }

    /** Lengths in millimetres from the page's top-left corner, the font size in points. */
    record Block(String text, float x, float y, float width, float size, boolean bold, Align align, Color color) {
    }

    /** The square of the code including its quiet zone, in millimetres. */
    record Qr(float x, float y, float size) {
    }

    private final Border border;
    private final List<Block> blocks;
    private final Qr qr;

    private CertificateLayout(Border border, List<Block> blocks, Qr qr) {
        this.border = border;
        this.blocks = List.copyOf(blocks);
        this.qr = qr;
    }

    /** A template that cannot be used: the message names the block or key and says what is wrong, in English. */
    public static final class LayoutException extends RuntimeException {
        public LayoutException(String message) {
            super(message);
        }

        public LayoutException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @throws LayoutException when the file cannot be read or is no valid layout; the message names the file */
    public static CertificateLayout read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            throw new LayoutException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new LayoutException(file + ": cannot be read (" + e + ")", e);
        }
        try {
            return parse(text);
        } catch (LayoutException e) {
            throw new LayoutException(file + ": " + e.getMessage(), e);
        }
    }

    /** @throws LayoutException when the text is no valid layout */
    public static CertificateLayout parse(String yamlText) {
        Objects.requireNonNull(yamlText, "yamlText");
        Fields top = Fields.parse(yamlText, Set.of("border", "blocks", "qr"));
        Border border = top.has("border") ? border(top.mapping("border", Set.of("inset", "width", "color"))) : null;
        List<Block> blocks = blocks(top);
        Qr qr = qr(top.mapping("qr", Set.of("x", "y", "size")));
        for (String needed : List.of("holder", "number")) {
            if (blocks.stream().noneMatch(b -> b.text().contains("{" + needed + "}"))) {
                throw new LayoutException("the layout prints no {" + needed + "}: a certificate must show it");
            }
        }
        CertificateLayout layout = new CertificateLayout(border, blocks, qr);
        layout.checkRoom();
        return layout;
    }

    Optional<Border> border() {
        return Optional.ofNullable(border);
    }

    List<Block> blocks() {
        return blocks;
    }

    Qr qr() {
        return qr;
    }

    /**
     * How far down (mm from the top) a block's text may run: to the nearest block or QR code below it that shares
     * some of its width, else to the border, else to the page's edge. Blocks are placed absolutely, so a long name
     * that wrapped would otherwise print over the next line of the form.
     */
    float bottomOf(Block block) {
        float bottom = border != null && block.y() < PAGE_HEIGHT - border.inset() ? PAGE_HEIGHT - border.inset()
                : PAGE_HEIGHT;
        for (Block other : blocks) {
            if (other.y() > block.y() && overlap(block, other.x(), other.x() + other.width())) {
                bottom = Math.min(bottom, other.y());
            }
        }
        if (qr.y() > block.y() && overlap(block, qr.x(), qr.x() + qr.size())) {
            bottom = Math.min(bottom, qr.y());
        }
        return bottom;
    }

    /** The block's text with every placeholder replaced in one pass, so a fact that contains braces stays as is. */
    static String fill(String text, CertificateFacts facts) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(value(m.group(1), facts)));
    }

    private static String value(String placeholder, CertificateFacts facts) {
        return switch (placeholder) {
            case "school" -> facts.schoolName();
            case "holder" -> facts.holderName();
            case "programme" -> facts.programmeTitle();
            case "hours" -> Integer.toString(facts.academicHours());
            case "cohort_from" -> DATE.format(facts.cohortStartsOn());
            case "cohort_to" -> DATE.format(facts.cohortEndsOn());
            case "number" -> facts.number();
            case "issued_on" -> DATE.format(facts.issuedOn());
            case "signatory_name" -> facts.signatoryName();
            case "signatory_position" -> facts.signatoryPosition();
            case "verify_url" -> facts.readableVerifyUrl();
            case "passed" -> ru.ciss.lms.people.GenderedWords.passed(facts.holderGender());
            case "organisation_details" -> facts.issuer().details();
            case "city" -> facts.issuer().city();
            case "year" -> Integer.toString(facts.issuedOn().getYear());
            case "lead_name" -> facts.issuer().leadName();
            case "lead_position" -> facts.issuer().leadPosition();
            case "grant" -> facts.issuer().grantLine();
            case "assessment" -> facts.assessment();
            default -> throw new IllegalStateException("Placeholder passed the check but has no value: " + placeholder);
        };
    }

    private static boolean overlap(Block block, float left, float right) {
        return left < block.x() + block.width() && right > block.x();
    }

    /** Every block must have room for at least one line before whatever lies below it. */
    private void checkRoom() {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            float line = block.size() * LINE_HEIGHT * MM_PER_PT;
            float bottom = bottomOf(block);
            if (block.y() + line > bottom) {
                throw new LayoutException(String.format(Locale.ROOT,
                        "%s: no room for a line of %.0f pt (%.1f mm) between y = %.1f mm and what lies below at"
                                + " %.1f mm (another block, the QR code, the border or the page's edge)",
                        name(i, block.text()), block.size(), line, block.y(), bottom));
            }
        }
    }

    private static Border border(Fields fields) {
        return new Border(fields.number("inset", 0, 50), fields.number("width", 1f, 0.1f, 10), fields.color());
    }

    private static List<Block> blocks(Fields top) {
        List<Node> list = top.list("blocks");
        if (list.isEmpty()) {
            throw new LayoutException("blocks: must be a list of text blocks, each starting with '- '");
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            blocks.add(block(i, list.get(i)));
        }
        return blocks;
    }

    private static Block block(int index, Node node) {
        Fields fields = Fields.of(node, name(index, null),
                Set.of("text", "x", "y", "width", "size", "bold", "align", "color"));
        String text = fields.text("text");
        fields = fields.named(name(index, text));
        checkPlaceholders(fields.where(), text);
        float x = fields.number("x", DEFAULT_X, 0, PAGE_WIDTH - MIN_WIDTH);
        if (!fields.has("width") && x >= PAGE_WIDTH / 2 - MIN_WIDTH / 2) {
            throw new LayoutException(fields.where() + ": set 'width': with x = " + x
                    + " mm the default width (page width - 2 x) leaves no room");
        }
        float width = fields.number("width", PAGE_WIDTH - 2 * x, MIN_WIDTH, PAGE_WIDTH);
        if (x + width > PAGE_WIDTH) {
            throw new LayoutException(fields.where() + ": runs off the right edge of the page: x + width = "
                    + (x + width) + " mm, the page is " + PAGE_WIDTH + " mm wide");
        }
        float y = fields.number("y", 0, PAGE_HEIGHT);
        float size = fields.number("size", MIN_SIZE, MAX_SIZE);
        return new Block(text, x, y, width, size, fields.bool("bold"), fields.align(), fields.color());
    }

    private static Qr qr(Fields fields) {
        float size = fields.number("size", MIN_QR, PAGE_HEIGHT);
        float x = fields.number("x", 0, PAGE_WIDTH - size);
        float y = fields.number("y", 0, PAGE_HEIGHT - size);
        return new Qr(x, y, size);
    }

    private static void checkPlaceholders(String where, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                throw new LayoutException(where + ": unknown placeholder " + matcher.group()
                        + "; known: {" + String.join("}, {", new TreeSet<>(PLACEHOLDERS)) + "}");
            }
        }
        String rest = matcher.replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw new LayoutException(where + ": a brace without its pair; braces only enclose placeholders");
        }
    }

    /** "block #3" or "block #3 "СЕРТИФИКАТ"": counted from 1, with the start of its text to find it by. */
    private static String name(int index, String text) {
        String name = "block #" + (index + 1);
        if (text == null) {
            return name;
        }
        String start = text.strip().replaceAll("\\s+", " ");
        return name + " \"" + (start.length() > 40 ? start.substring(0, 40) + "…" : start) + "\"";
    }

    /**
     * One YAML mapping and the name it is reported under, read by the shared {@link YamlFields}; the first problem
     * stops the start with an English message for the operator (the layout is theirs, not a user's).
     */
    private record Fields(String where, Map<String, Node> map, YamlFields yaml, int line) {

        static Fields parse(String text, Set<String> allowed) {
            YamlFields yaml = refusing("the layout");
            return new Fields("the layout", yaml.parse(text, allowed), yaml, 1);
        }

        static Fields of(Node node, String where, Set<String> allowed) {
            YamlFields yaml = refusing(where);
            return new Fields(where, yaml.mapping(node, allowed), yaml, yaml.line(node));
        }

        /** A reader whose first problem is a LayoutException naming where it is. */
        private static YamlFields refusing(String where) {
            return new YamlFields(0, (line, key, args) -> {
                throw new LayoutException(where + ": " + english(line, key, args));
            });
        }

        private static String english(int line, String key, Object... args) {
            return switch (key) {
                case "yaml" -> "empty".equals(args[0]) ? "the layout is empty"
                        : "not valid YAML" + (line > 0 ? " at line " + line : "") + ": " + args[0];
                case "unknownField" -> "unknown key '" + args[0] + "'; allowed: " + args[1];
                case "missingField" -> "'" + args[0] + "' is required";
                case "range" -> String.format(Locale.ROOT, "'%s' is %s, must be between %s and %s",
                        args[0], args[3], plain(args[1]), plain(args[2]));
                case "type" -> switch (String.valueOf(args[1])) {
                    case "mapping" -> "must be a mapping of keys to values";
                    case "list" -> "'" + args[0] + "' must be a list, got '" + args[2] + "'";
                    default -> String.valueOf(args[2]).isBlank()
                            // Usually an unquoted colour: YAML reads color: #1F3A5F as an empty value and a comment.
                            ? "'" + args[0] + "' has no value (a value starting with # must be in quotes)"
                            : "'" + args[0] + "' must be " + switch (String.valueOf(args[1])) {
                                case "true/false" -> "true or false";
                                case "number" -> "a number";
                                default -> "a " + args[1];
                            } + ", got '" + args[2] + "'";
                };
                default -> key + " " + java.util.Arrays.toString(args);
            };
        }

        Fields named(String name) {
            return new Fields(name, map, refusing(name), line);
        }

        boolean has(String key) {
            return map.containsKey(key);
        }

        Fields mapping(String key, Set<String> allowed) {
            if (!has(key)) {
                yaml.problem(line, "missingField", key);
            }
            return of(map.get(key), key, allowed);
        }

        List<Node> list(String key) {
            return yaml.list(map, key, line);
        }

        String text(String key) {
            return yaml.string(map, key, Integer.MAX_VALUE, line);
        }

        float number(String key, float min, float max) {
            return yaml.decimal(map, key, min, max, line);
        }

        float number(String key, float fallback, float min, float max) {
            return has(key) ? number(key, min, max) : fallback;
        }

        boolean bool(String key) {
            return has(key) && yaml.bool(map, key, line);
        }

        Align align() {
            if (!has("align")) {
                return Align.CENTER;
            }
            String value = yaml.string(map, "align", 100, line);
            return switch (value) {
                case "left" -> Align.LEFT;
                case "center" -> Align.CENTER;
                case "right" -> Align.RIGHT;
                default -> throw new LayoutException(where + ": 'align' is '" + value
                        + "', must be left, center or right");
            };
        }

        Color color() {
            if (!has("color")) {
                return Color.BLACK;
            }
            String value = yaml.string(map, "color", 100, line);
            if (!COLOR.matcher(value).matches()) {
                throw new LayoutException(where + ": 'color' is '" + value
                        + "', must be \"#RRGGBB\" in quotes (a bare # starts a YAML comment)");
            }
            return new Color(Integer.parseInt(value.substring(1), 16));
        }

        private static String plain(Object number) {
            float value = ((Number) number).floatValue();
            return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
        }
    }
}
