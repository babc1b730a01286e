package ru.ciss.lms.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.course.ContentModel;

/** The school's self-check cannot be guessed from the files (issue #22, point 2). */
class SelfCheckQualityTest {

    private static final Path CONTENT = Path.of(System.getProperty("lms.project.dir", "."), "content");

    @Test
    void noProgrammesSelfCheckCanBeGuessedFromWhereOrHowLongTheRightAnswerIs() {
        ContentReader.Result result = new ContentReader().read(CONTENT);
        assertEquals(List.of(), result.problems());
        assertTrue(result.programmes().size() >= 2);
        List<String> problems = new ArrayList<>();
        result.programmes().forEach(p -> problems.addAll(SelfCheckQuality.problems(p)));
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsARightAnswerAlwaysSecondAlwaysLongestAndALessonWithoutAScenario() {
        List<ContentModel.Question> questions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            questions.add(question("q" + i, "one", 1, i > 0));
        }
        ContentModel.Programme guessable = programme(questions, "one", "two");
        List<String> problems = SelfCheckQuality.problems(guessable);
        assertTrue(problems.stream().anyMatch(p -> p.contains("option 2 in 6 of 6")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("longest option in 6 of 6")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("lesson two has no scenario")), problems::toString);

        List<ContentModel.Question> spread = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            spread.add(question("s" + i, i < 4 ? "one" : "two", i % 4, i % 4 == 0, i % 3 == 0));
        }
        assertEquals(List.of(), SelfCheckQuality.problems(programme(spread, "one", "two")));
        assertFalse(SelfCheckQuality.problems(programme(spread.subList(0, 4), "one", "two")).isEmpty(),
                "lesson two without questions has no scenario either");
    }

    private static ContentModel.Question question(String id, String lesson, int right, boolean scenario) {
        return question(id, lesson, right, scenario, true);
    }

    /** Four options, the right one at {@code right}; the right one longest or the same length as the others. */
    private static ContentModel.Question question(String id, String lesson, int right, boolean scenario,
            boolean rightLongest) {
        List<ContentModel.Option> options = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            options.add(new ContentModel.Option(i == right && rightLongest ? "верный и длинный ответ" : "ответ " + i,
                    i == right));
        }
        return new ContentModel.Question(id, lesson, "Вопрос?", options, "Пояснение.", scenario);
    }

    private static ContentModel.Programme programme(List<ContentModel.Question> questions, String... lessons) {
        List<ContentModel.Lesson> lessonList = java.util.Arrays.stream(lessons)
                .map(l -> new ContentModel.Lesson(l, l, 1, 5, "", "")).toList();
        ContentModel.Module module = new ContentModel.Module("m", "M", "M", 1, "", lessonList, questions, null);
        return new ContentModel.Programme("p", "P", "P", "", null, 1, null, null, List.of(module), null, null);
    }
}
