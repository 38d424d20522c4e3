-- A plan's resources and their assignments to activities, as MS Project and Primavera P6
-- keep them. Units are decimals where 1.0 is 100 %; work is in minutes. Identifiers come
-- from the planning sequence so that an import writes them in JDBC batches.

create table plan_resource (
    id            bigint         not null primary key,
    version       bigint         not null,
    plan_id       bigint         not null references plan (id),
    external_id   varchar(100)   not null,
    name          varchar(300)   not null,
    resource_type varchar(10)    not null,
    max_units     numeric(19, 8) not null,
    calendar_id   bigint references plan_calendar (id),
    person_id     bigint,
    constraint plan_resource_external_unique unique (plan_id, external_id)
);

create table plan_assignment (
    id                     bigint         not null primary key,
    version                bigint         not null,
    plan_id                bigint         not null references plan (id),
    activity_id            bigint         not null references plan_activity (id),
    resource_id            bigint         not null references plan_resource (id),
    units                  numeric(19, 8) not null,
    work_minutes           bigint,
    actual_work_minutes    bigint,
    remaining_work_minutes bigint,
    external_id            varchar(100)
);
create index plan_assignment_plan on plan_assignment (plan_id);
create index plan_assignment_activity on plan_assignment (activity_id);
create index plan_assignment_resource on plan_assignment (resource_id);
