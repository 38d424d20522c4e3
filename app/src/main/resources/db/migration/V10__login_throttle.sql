-- Login throttling kept in the database so that every instance sees the same failures: one row per
-- throttled key (an account, a client address or a known device, each as a SHA-256 of its text), with
-- the failures counted since the last success and the moment before which no attempt is looked at.
create table login_throttle (
    throttle_key    varchar(80)              not null primary key,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone not null
);

create index login_throttle_last_failure on login_throttle (last_failure_at);

-- Secrets the platform makes for itself at the first start and every instance shares (the key that
-- signs device cookies), unless the operator sets one.
create table security_key (
    name       varchar(60)              not null primary key,
    secret     varchar(200)             not null,
    created_at timestamp with time zone not null
);
