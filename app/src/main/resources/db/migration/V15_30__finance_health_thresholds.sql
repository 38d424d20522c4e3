-- Finance: the thresholds under which a portfolio's projects' cost (CPI) and schedule
-- (SPI) health turn amber and red. A portfolio without a row uses the configured
-- defaults.

create table finance_health_threshold (
    portfolio_id   bigint                   not null primary key references portfolio (id),
    version        bigint                   not null,
    cost_amber     numeric(5, 2)            not null,
    cost_red       numeric(5, 2)            not null,
    schedule_amber numeric(5, 2)            not null,
    schedule_red   numeric(5, 2)            not null,
    updated_by     varchar(100)             not null,
    updated_at     timestamp with time zone not null
);
