-- Relations between concept notes, recorded in the assessment and used by portfolio prioritisation:
-- a note that can only be done if another one is done too, and notes that cannot both be done.
create table concept_note_requires (
    note_id          bigint not null references concept_note (id),
    required_note_id bigint not null references concept_note (id),
    primary key (note_id, required_note_id)
);

create table concept_note_excludes (
    note_id          bigint not null references concept_note (id),
    excluded_note_id bigint not null references concept_note (id),
    primary key (note_id, excluded_note_id)
);
