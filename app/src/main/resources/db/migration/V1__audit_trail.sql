-- The hash-chained audit trail. Rows are only ever inserted; the head row is locked by each writer.
create table audit_chain_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_entry (
    seq            bigint                   not null primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       bigint,
    actor_name     varchar(100)             not null,
    action         varchar(80)              not null,
    entity_type    varchar(60)              not null,
    entity_id      varchar(60),
    classification varchar(20)              not null,
    summary        varchar(1000),
    before_state   text,
    after_state    text,
    prev_hash      varchar(64)              not null,
    hash           varchar(64)              not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_actor on audit_entry (actor_name);
