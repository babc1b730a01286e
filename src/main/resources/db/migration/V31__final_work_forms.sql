-- Each programme's own final-work form (issue #22): the fields come from programme.yaml's final_work section and are
-- stored with the programme on import; a trainee's answers to them are one small JSON object on the presentation,
-- {"<field id>": "text" | [{"<column id>": "text"}, ...]}, always read and written with the plan, never searched.
--
-- Plans saved before this migration keep their values in the resource-centre columns (host_organisation ... milestones),
-- which stay untouched: while a plan has no answers yet, the application reads those columns as the answers to the
-- fields of the same meaning in rc-leaders' final_work (host, host-kind, target-groups, growth-points, services,
-- partners, funding, milestones), and its first save writes them here. Nothing a trainee typed is dropped: answers to
-- fields a form does not have are kept on save too.
ALTER TABLE programme ADD COLUMN final_work MEDIUMTEXT NULL;
ALTER TABLE presentation ADD COLUMN answers MEDIUMTEXT NULL;

-- An assignment reviewed with the programme's rubric in view (assignment.md front matter rubric: true, the draft of the
-- final work): its review page shows the criteria and their levels, so the review does what its brief says.
ALTER TABLE course_module ADD COLUMN assignment_rubric BOOLEAN NOT NULL DEFAULT FALSE;
