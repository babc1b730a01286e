package ru.ciss.lms.course.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ciss.lms.course.ContentModel;

/**
 * Whether a programme's self-check can be guessed (issue #22): the right answer sitting mostly in one place of the
 * file, or mostly being the longest option, or a lesson asking only for definitions.
 */
final class SelfCheckQuality {

    /** At most this share of a programme's questions may have the right answer in one place of the file. */
    static final double MAX_SHARE_AT_ONE_PLACE = 0.35;
    /** At most this share may have the right answer as the strictly longest option. */
    static final double MAX_SHARE_LONGEST = 0.40;

    private SelfCheckQuality() {
    }

    /** @return what is wrong, one line each; empty when the programme's self-check passes */
    static List<String> problems(ContentModel.Programme programme) {
        List<ContentModel.Question> questions = programme.modules().stream()
                .flatMap(m -> m.questions().stream()).toList();
        List<String> problems = new ArrayList<>();
        if (questions.isEmpty()) {
            return problems;
        }
        int[] places = new int[4];
        int longest = 0;
        for (ContentModel.Question q : questions) {
            int right = rightPlace(q);
            places[right]++;
            int length = q.options().get(right).text().length();
            int others = q.options().stream().filter(o -> !o.correct()).mapToInt(o -> o.text().length()).max().orElse(0);
            if (length > others) {
                longest++;
            }
        }
        for (int place = 0; place < places.length; place++) {
            if (places[place] > MAX_SHARE_AT_ONE_PLACE * questions.size()) {
                problems.add(String.format("%s: the right answer is option %d in %d of %d questions (more than %.0f %%)",
                        programme.id(), place + 1, places[place], questions.size(), MAX_SHARE_AT_ONE_PLACE * 100));
            }
        }
        if (longest > MAX_SHARE_LONGEST * questions.size()) {
            problems.add(String.format("%s: the right answer is the longest option in %d of %d questions (more than %.0f %%)",
                    programme.id(), longest, questions.size(), MAX_SHARE_LONGEST * 100));
        }
        Set<String> withScenario = questions.stream().filter(ContentModel.Question::scenario)
                .map(ContentModel.Question::lessonId).collect(Collectors.toSet());
        programme.modules().stream().flatMap(m -> m.lessons().stream()).map(ContentModel.Lesson::id)
                .filter(lesson -> !withScenario.contains(lesson))
                .forEach(lesson -> problems.add(programme.id() + ": lesson " + lesson + " has no scenario question"));
        return problems;
    }

    private static int rightPlace(ContentModel.Question q) {
        for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).correct()) {
                return i;
            }
        }
        throw new IllegalArgumentException(q.id() + " has no right answer");
    }
}
