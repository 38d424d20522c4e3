-- The workspace's search index: one row per object that other modules' directories make
-- findable, kept after each committed change and rebuilt when it is empty or its version
-- changed. The folded columns hold the text lower-cased and without accents or Arabic
-- diacritics, words apart by single spaces (folded by the application, the same way on every database), so that
-- "integration" finds "Intégration". No access rule lives here: every hit passes the owning
-- module's findVisible before it is shown or counted.
create table workspace_search (
    kind           varchar(40)              not null,
    object_id      bigint                   not null,
    title          varchar(500)             not null,
    body           text                     not null,
    folded_title   varchar(500)             not null,
    folded_body    text                     not null,
    project_id     bigint,
    classification varchar(20)              not null,
    indexed_at     timestamp with time zone not null,
    constraint workspace_search_pk primary key (kind, object_id)
);

-- Which version of the index's content the rows are (the rebuild on start compares it).
create table workspace_search_state (
    id            integer      not null primary key,
    index_version integer      not null,
    rebuilt_at    timestamp with time zone not null
);
