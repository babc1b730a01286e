package ru.ciss.lms.assignments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.assignments.boundary.AssignmentViews.FileView;
import ru.ciss.lms.assignments.boundary.AssignmentViews.VersionView;
import ru.ciss.lms.assignments.entity.FileRole;
import ru.ciss.lms.assignments.entity.SubmissionFile;
import ru.ciss.lms.assignments.entity.SubmissionVersion;
import ru.ciss.lms.people.FullName;

/**
 * Every version of a submission with its files and reviewers, newest first, in three queries however many versions
 * and files there are.
 */
@ApplicationScoped
public class SubmissionHistory {

    @PersistenceContext
    EntityManager em;

    public record History(List<VersionView> versions, List<FileView> draftFiles, long draftBytes) {
    }

    public History of(long submissionId) {
        List<SubmissionVersion> versions = em.createQuery("SELECT v FROM SubmissionVersion v "
                        + "WHERE v.submissionId = :s ORDER BY v.number DESC", SubmissionVersion.class)
                .setParameter("s", submissionId).getResultList();
        List<SubmissionFile> files = em.createQuery("SELECT f FROM SubmissionFile f WHERE f.submissionId = :s "
                        + "ORDER BY f.id", SubmissionFile.class)
                .setParameter("s", submissionId).getResultList();
        Map<Long, String> reviewers = new HashMap<>();
        List<Long> reviewerIds = versions.stream().map(SubmissionVersion::getDecidedBy)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!reviewerIds.isEmpty()) {
            em.createQuery("SELECT p.id, p.surname, p.givenName, p.patronymic FROM Person p WHERE p.id IN :ids",
                            Object[].class).setParameter("ids", reviewerIds).getResultList()
                    .forEach(r -> reviewers.put((Long) r[0], FullName.of((String) r[1], (String) r[2], (String) r[3])));
        }
        List<VersionView> views = new ArrayList<>();
        for (SubmissionVersion v : versions) {
            views.add(new VersionView(v.getId(), v.getNumber(), v.getAnswerText(), v.getSubmittedAt(), v.isLate(),
                    v.getDecision(), v.getDecidedBy() == null ? null : reviewers.get(v.getDecidedBy()),
                    v.getDecidedAt(), v.getComment(), v.getScore(), filesOf(files, v.getId(), FileRole.ANSWER),
                    filesOf(files, v.getId(), FileRole.FEEDBACK)));
        }
        List<FileView> draft = filesOf(files, null, FileRole.ANSWER);
        long draftBytes = draft.stream().mapToLong(FileView::size).sum();
        return new History(views, draft, draftBytes);
    }

    private static List<FileView> filesOf(List<SubmissionFile> files, Long versionId, FileRole role) {
        return files.stream().filter(f -> java.util.Objects.equals(f.getVersionId(), versionId) && f.getRole() == role)
                .map(FileView::of).toList();
    }

}
