-- Stored results keep the engine's exact amounts: 4 decimals of a point (METHODOLOGY §4).
alter table scoring_unit_result
    alter column self_points type numeric(17, 4),
    alter column self_max type numeric(17, 4),
    alter column appraised_points type numeric(17, 4),
    alter column appraised_max type numeric(17, 4);
alter table scoring_component_result
    alter column self_points type numeric(17, 4),
    alter column self_max type numeric(17, 4),
    alter column appraised_points type numeric(17, 4),
    alter column appraised_max type numeric(17, 4);
