-- Resource levelling kept on the plan: each activity's levelling delay in clock minutes,
-- counted from the start its levelled predecessors allow (MS Project's LevelingDelay).
alter table plan_activity add column levelling_delay_minutes bigint default 0 not null;
