-- Project plans: WBS elements and activities, dependencies, calendars and baselines.
-- One plan per project (portfolio's project id; no foreign key so that the modules'
-- tables evolve independently, see V4). Identifiers come from one sequence so that an
-- import of thousands of activities can be written in JDBC batches.

create sequence plan_seq start with 1 increment by 50;

create table plan (
    id            bigint                   not null primary key,
    version       bigint                   not null,
    project_id    bigint                   not null,
    project_start timestamp                not null,
    status_date   timestamp,
    calendar_id   bigint,
    source_file   varchar(300),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint plan_project_unique unique (project_id)
);

create table plan_calendar (
    id           bigint       not null primary key,
    version      bigint       not null,
    plan_id      bigint       not null references plan (id),
    name         varchar(200) not null,
    working_week varchar(1000) not null,
    external_id  varchar(100)
);
create index plan_calendar_plan on plan_calendar (plan_id);

create table plan_calendar_exception (
    calendar_id bigint       not null references plan_calendar (id),
    on_date     date         not null,
    hours       varchar(200) not null,
    primary key (calendar_id, on_date)
);

create table plan_activity (
    id                bigint       not null primary key,
    version           bigint       not null,
    plan_id           bigint       not null references plan (id),
    parent_id         bigint,
    sort_order        integer      not null,
    kind              varchar(10)  not null,
    name              varchar(300) not null,
    duration_minutes  integer      not null,
    calendar_id       bigint,
    constraint_type   varchar(30)  not null,
    constraint_date   timestamp,
    deadline          timestamp,
    actual_start      timestamp,
    actual_finish     timestamp,
    percent_complete  integer      not null,
    external_id       varchar(100)
);
create index plan_activity_plan on plan_activity (plan_id, sort_order);

create table plan_dependency (
    id             bigint      not null primary key,
    version        bigint      not null,
    plan_id        bigint      not null references plan (id),
    predecessor_id bigint      not null references plan_activity (id),
    successor_id   bigint      not null references plan_activity (id),
    link_type      varchar(20) not null,
    lag_value      integer     not null,
    lag_percent    boolean     not null,
    constraint plan_dependency_unique unique (predecessor_id, successor_id)
);
create index plan_dependency_plan on plan_dependency (plan_id);

create table plan_baseline (
    id         bigint                   not null primary key,
    plan_id    bigint                   not null references plan (id),
    name       varchar(100)             not null,
    saved_at   timestamp with time zone not null,
    saved_by   varchar(100)             not null,
    constraint plan_baseline_name_unique unique (plan_id, name)
);

create table plan_baseline_entry (
    baseline_id      bigint    not null references plan_baseline (id),
    activity_id      bigint    not null,
    start_at         timestamp not null,
    finish_at        timestamp not null,
    duration_minutes integer   not null,
    primary key (baseline_id, activity_id)
);
