-- PostgreSQL finds words through a text-search document kept with each row ('simple'
-- configuration: no stemming, so that English, French, Spanish and Arabic words are all
-- found as written, after the application's accent folding), title words weighted above
-- the rest for ts_rank_cd, and a GIN index on it.
alter table workspace_search add column document tsvector
    generated always as (setweight(to_tsvector('simple', folded_title), 'A')
        || setweight(to_tsvector('simple', folded_body), 'B')) stored;

create index workspace_search_document on workspace_search using gin (document);
