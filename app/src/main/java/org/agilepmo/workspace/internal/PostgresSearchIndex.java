package org.agilepmo.workspace.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.agilepmo.shared.ObjectRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's full-text search over the folded text: the {@code simple} configuration
 * (words as written, in any of our languages), a GIN index on the document, every word
 * required and the last one as a prefix, ranked by {@code ts_rank_cd} with title words
 * weighing more.
 */
class PostgresSearchIndex extends JdbcSearchRows {

	PostgresSearchIndex(JdbcClient jdbc) {
		super(jdbc);
	}

	@Override
	public List<Candidate> candidates(List<String> words, int offset, int limit) {
		if (words.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select kind, object_id, ts_rank_cd(document, query) as rank"
					+ " from workspace_search, to_tsquery('simple', ?) query where document @@ query"
					+ " order by rank desc, title, kind, object_id limit ? offset ?")
			.params(query(words), limit, offset)
			.query((rs, row) -> new Candidate(new ObjectRef(rs.getString(1), rs.getLong(2)), rs.getDouble(3)))
			.list();
	}

	/**
	 * The words as a text-search query; they hold only letters and digits (see
	 * {@link Words}), so nothing in them is query syntax.
	 */
	static String query(List<String> words) {
		String all = words.stream().collect(Collectors.joining(" & "));
		return all + ":*";
	}

}
