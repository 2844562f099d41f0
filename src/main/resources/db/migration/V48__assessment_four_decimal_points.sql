-- Points computed by a rule (a linear ratio, a survey mean) keep 4 decimals (METHODOLOGY §4);
-- points typed by people still have at most 2, which numeric(13, 4) holds exactly.
alter table assessment_entry
    alter column self_points type numeric(13, 4),
    alter column appraised_points type numeric(13, 4);
