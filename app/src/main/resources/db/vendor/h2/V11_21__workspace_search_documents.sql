-- H2 matches the folded columns word by word with LIKE (see PortableSearchIndex); an index
-- by kind serves the facet counts and the filter by kind.
create index workspace_search_kind on workspace_search (kind);
