-- The rule FORMULA (an expression over named operational indicators, METHODOLOGY §8). After V68,
-- which last rewrote this check.
alter table framework_node drop constraint framework_node_rule_check;
alter table framework_node add constraint framework_node_rule_check
    check (rule in ('MANUAL', 'YES_NO', 'LEVELS', 'RATIO_TIERS', 'DEDUCTION', 'SURVEY_SCALE', 'SURVEY_SCORE',
                    'FORMULA'));
