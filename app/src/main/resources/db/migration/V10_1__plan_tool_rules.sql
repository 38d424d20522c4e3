-- Whose rules a plan follows where MS Project and P6 differ (ADR 0103), and what
-- an imported activity carries beyond its draft: P6's remaining duration and MS Project's
-- manually scheduled dates.
alter table plan add column scheduling_rules varchar(20) default 'MICROSOFT_PROJECT' not null;
alter table plan add column progressed_activities varchar(20) default 'RETAINED_LOGIC' not null;
alter table plan_activity add column remaining_minutes integer;
alter table plan_activity add column manual_start timestamp;
alter table plan_activity add column manual_finish timestamp;
