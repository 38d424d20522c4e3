package org.agilepmo.workspace.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.agilepmo.shared.ObjectDirectory.SearchText;
import org.agilepmo.shared.ObjectRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The rows both index implementations keep, written the same way on both databases. */
abstract class JdbcSearchRows implements SearchIndex {

	static final int TITLE_LENGTH = 500;

	protected final JdbcClient jdbc;

	JdbcSearchRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(ObjectRef ref, SearchText text) {
		remove(ref);
		String title = clip(text.title(), TITLE_LENGTH);
		String body = text.body() == null ? "" : text.body();
		this.jdbc
			.sql("insert into workspace_search (kind, object_id, title, body, folded_title, folded_body, project_id,"
					+ " classification, indexed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(ref.kind(), ref.id(), title, body, clip(Words.fold(title), TITLE_LENGTH), Words.fold(body),
					text.projectId(), String.valueOf(text.classification()), Timestamp.from(Instant.now()))
			.update();
	}

	@Override
	public void remove(ObjectRef ref) {
		this.jdbc.sql("delete from workspace_search where kind = ? and object_id = ?")
			.params(ref.kind(), ref.id())
			.update();
	}

	@Override
	public String body(ObjectRef ref) {
		return this.jdbc.sql("select body from workspace_search where kind = ? and object_id = ?")
			.params(ref.kind(), ref.id())
			.query(String.class)
			.optional()
			.orElse("");
	}

	@Override
	public long size() {
		return this.jdbc.sql("select count(*) from workspace_search").query(Long.class).single();
	}

	@Override
	public void clear() {
		this.jdbc.sql("delete from workspace_search").update();
	}

	private static String clip(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
