-- P6's level-of-effort activities: their dates span what their links reach, their
-- links drive nothing (ADR 0103).
alter table plan_activity add column level_of_effort boolean default false not null;
