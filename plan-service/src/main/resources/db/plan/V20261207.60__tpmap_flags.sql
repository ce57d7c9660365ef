-- The latest TPMAP target list that named the household's head: a candidate's problems in those
-- dimensions are found when it is verified.
alter table plan_households add column tpmap_year int,
                            add column tpmap_dimensions text[];
