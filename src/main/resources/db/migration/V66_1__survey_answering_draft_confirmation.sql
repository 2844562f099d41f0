-- A named respondent's answer to "I am answering this myself" while she goes (null: not
-- yet answered); deleted with the draft when she submits.
alter table survey_draft add column personal boolean;
