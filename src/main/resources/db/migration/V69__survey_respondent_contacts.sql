-- A named respondent is invited once per survey: one e-mail address (in any case) per
-- survey, and one phone number among those reached by phone only. Imports check this
-- first and list every duplicate; these indexes keep it true under concurrent imports.
create unique index survey_respondent_email on survey_respondent (survey_id, lower(email)) where email is not null;

create unique index survey_respondent_phone on survey_respondent (survey_id, phone)
    where email is null and phone is not null;

-- The reminder job looks for respondents not reminded lately.
create index survey_respondent_by_reminder on survey_respondent (survey_id, reminded_at);
