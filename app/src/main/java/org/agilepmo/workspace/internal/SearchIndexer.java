package org.agilepmo.workspace.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectChanged;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the objects: after each committed change it asks
 * the owning directory for the object's text (and forgets the object when there is none),
 * and when the platform starts with an empty index or one of another version it rebuilds
 * it from every directory, in batches of their own transactions. A GET never reaches
 * here.
 */
@Component
public class SearchIndexer {

	/**
	 * The version of what the index keeps; raise it when the folding or the rows change,
	 * and the next start rebuilds the index.
	 */
	static final int INDEX_VERSION = 1;

	static final int BATCH_SIZE = 200;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final ObjectDirectories directories;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SearchIndexer(SearchIndex index, ObjectDirectories directories, JdbcClient jdbc,
			PlatformTransactionManager transactionManager) {
		this.index = index;
		this.directories = directories;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * An object changed and the change committed: its row follows. A failure here leaves
	 * the writer's change as it is; the next rebuild repairs the row.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ObjectChanged changed) {
		this.directories.of(changed.ref().kind()).ifPresent(directory -> {
			try {
				refresh(directory, changed.ref());
			}
			catch (RuntimeException ex) {
				log.warn("Search index: could not refresh {} after {}", changed.ref(), changed.action(), ex);
			}
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	public void rebuildWhenStale() {
		Integer version = this.jdbc.sql("select index_version from workspace_search_state where id = 1")
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (version == null || version != INDEX_VERSION || this.index.size() == 0) {
			rebuild();
		}
	}

	/** Forgets everything and indexes every object of every directory again. */
	public int rebuild() {
		long started = System.nanoTime();
		this.transactions.executeWithoutResult(status -> this.index.clear());
		int indexed = 0;
		for (ObjectDirectory directory : this.directories.all()) {
			for (String kind : directory.kinds()) {
				List<ObjectRef> refs = this.transactions.execute(status -> directory.all(kind).toList());
				for (int from = 0; from < refs.size(); from += BATCH_SIZE) {
					List<ObjectRef> batch = new ArrayList<>(
							refs.subList(from, Math.min(refs.size(), from + BATCH_SIZE)));
					indexed += this.transactions.execute(status -> {
						int count = 0;
						for (ObjectRef ref : batch) {
							count += refresh(directory, ref) ? 1 : 0;
						}
						return count;
					});
				}
			}
		}
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("delete from workspace_search_state").update();
			this.jdbc.sql("insert into workspace_search_state (id, index_version, rebuilt_at) values (1, ?, ?)")
				.params(INDEX_VERSION, Timestamp.from(Instant.now()))
				.update();
		});
		log.info("Search index rebuilt: {} objects in {} ms", indexed, (System.nanoTime() - started) / 1_000_000);
		return indexed;
	}

	private boolean refresh(ObjectDirectory directory, ObjectRef ref) {
		var text = directory.searchText(ref).filter(t -> t.title() != null && !t.title().isBlank());
		if (text.isPresent()) {
			this.index.put(ref, text.get());
			return true;
		}
		this.index.remove(ref);
		return false;
	}

}
