-- What a risk does to the schedule and the budget when it happens, for quantitative schedule risk
-- analysis: its probability in percent and the delay (minimum, most likely, maximum working minutes)
-- it adds to each plan activity it is linked to, and the cost it adds. One row per risk that has it.

create table risk_schedule_impact (
    risk_id              bigint        not null primary key references risk (id),
    version              bigint        not null,
    probability_percent  integer       not null,
    delay_min_minutes    integer       not null,
    delay_likely_minutes integer       not null,
    delay_max_minutes    integer       not null,
    cost_impact          numeric(19, 2) not null,
    constraint risk_schedule_impact_probability check (probability_percent between 0 and 100),
    constraint risk_schedule_impact_delay check (0 <= delay_min_minutes and delay_min_minutes <= delay_likely_minutes
        and delay_likely_minutes <= delay_max_minutes)
);
