package ru.ciss.lms.assignments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.assignments.SubmissionState;

/** The rules an answer lives by: when it is late or closed, and how its state moves through review. */
class SubmissionRulesTest {

    private static final Instant DUE = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void anAcceptingDueDateFlagsLateAnswersButNeverCloses() {
        AssignmentDue due = new AssignmentDue(1, 2);
        due.set(DUE, LateRule.ACCEPT, DUE.plus(Duration.ofDays(3)));
        assertFalse(due.isLate(DUE), "on the minute is in time");
        assertTrue(due.isLate(DUE.plusSeconds(1)));
        assertFalse(due.isClosed(DUE.plus(Duration.ofDays(30))), "late answers are always taken");
        assertNull(due.getCutoffAt(), "a cut-off means nothing under ACCEPT and is not kept");
    }

    @Test
    void aClosingDueDateClosesAtItsCutOffOrAtTheDueTime() {
        AssignmentDue due = new AssignmentDue(1, 2);
        due.set(DUE, LateRule.CLOSE, DUE.plus(Duration.ofDays(2)));
        assertTrue(due.isLate(DUE.plus(Duration.ofDays(1))));
        assertFalse(due.isClosed(DUE.plus(Duration.ofDays(1))), "late but still open before the cut-off");
        assertTrue(due.isClosed(DUE.plus(Duration.ofDays(2)).plusSeconds(1)));
        due.set(DUE, LateRule.CLOSE, null);
        assertTrue(due.isClosed(DUE.plusSeconds(1)), "without a cut-off it closes at the due time");
        assertThrows(IllegalArgumentException.class, () -> due.set(DUE, LateRule.CLOSE, DUE.minusSeconds(60)));
    }

    @Test
    void anAnswerIsEditableOnlyAsADraftOrAfterAReturn() {
        Submission answer = new Submission(1, 2, 3);
        answer.writeDraft("  первый вариант  ");
        assertTrue(answer.isEditable());
        assertEquals("первый вариант", answer.getDraftText());

        SubmissionVersion first = answer.submit(DUE, false);
        assertEquals(1, first.getNumber());
        assertEquals("первый вариант", first.getAnswerText());
        assertNull(answer.getDraftText(), "the draft became the version");
        assertEquals(SubmissionState.SUBMITTED, answer.getState());
        assertFalse(answer.isEditable(), "nothing changes while it is in review");

        answer.decide(Decision.RETURNED, null, first.getAnswerText(), DUE);
        assertTrue(answer.isEditable());
        assertEquals("первый вариант", answer.getDraftText(), "the revision starts from the returned text");

        SubmissionVersion second = answer.submit(DUE.plusSeconds(60), true);
        assertEquals(2, second.getNumber());
        assertTrue(answer.isLate());
        answer.decide(Decision.ACCEPTED, 90, second.getAnswerText(), DUE);
        assertEquals(SubmissionState.ACCEPTED, answer.getState());
        assertEquals(90, answer.getScore());
        assertFalse(answer.isEditable(), "an accepted answer is final");
        answer.writeDraft("   ");
        assertNull(answer.getDraftText(), "a blank draft is no draft");
    }
}
