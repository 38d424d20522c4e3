package org.agilepmo.workspace.internal;

import java.util.ArrayList;
import java.util.List;

import org.agilepmo.shared.ObjectRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index on a database without full-text search (H2): every word must appear in the
 * folded title or body as a whole word, the last one as the beginning of a word
 * ({@code LIKE}); objects with more of the words in their title come first.
 */
class PortableSearchIndex extends JdbcSearchRows {

	PortableSearchIndex(JdbcClient jdbc) {
		super(jdbc);
	}

	@Override
	public List<Candidate> candidates(List<String> words, int offset, int limit) {
		if (words.isEmpty()) {
			return List.of();
		}
		List<String> patterns = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = escape(words.get(i));
			patterns.add(i == words.size() - 1 ? "% " + word + "%" : "% " + word + " %");
		}
		StringBuilder rank = new StringBuilder("0");
		StringBuilder where = new StringBuilder("1 = 1");
		List<Object> params = new ArrayList<>();
		for (String pattern : patterns) {
			rank.append(" + case when folded_title like ? escape '\\' then 1 else 0 end");
			params.add(pattern);
		}
		for (String pattern : patterns) {
			where.append(" and (folded_title like ? escape '\\' or folded_body like ? escape '\\')");
			params.add(pattern);
			params.add(pattern);
		}
		params.add(limit);
		params.add(offset);
		return this.jdbc
			.sql("select kind, object_id, " + rank + " as rank from workspace_search where " + where
					+ " order by rank desc, title, kind, object_id limit ? offset ?")
			.params(params)
			.query((rs, row) -> new Candidate(new ObjectRef(rs.getString(1), rs.getLong(2)), rs.getDouble(3)))
			.list();
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
