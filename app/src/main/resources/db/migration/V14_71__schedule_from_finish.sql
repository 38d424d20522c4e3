-- A plan MS Project schedules from its finish date keeps that date; null for a plan
-- scheduled from its start (ADR 0103).
alter table plan add column scheduled_finish timestamp;
