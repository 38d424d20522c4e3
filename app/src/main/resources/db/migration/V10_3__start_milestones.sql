-- P6's start milestones are dated at the next work start, its finish milestones
-- at the previous work finish (ADR 0103).
alter table plan_activity add column start_milestone boolean default false not null;
