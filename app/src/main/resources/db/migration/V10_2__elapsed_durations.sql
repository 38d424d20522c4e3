-- Elapsed durations and lags (MS Project's ed, eh, emo...) run on the clock,
-- 24x7, not on the activity's calendar (ADR 0103).
alter table plan_activity add column elapsed_duration boolean default false not null;
alter table plan_dependency add column lag_elapsed boolean default false not null;
