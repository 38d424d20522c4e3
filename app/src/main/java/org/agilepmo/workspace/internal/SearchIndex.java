package org.agilepmo.workspace.internal;

import java.util.List;

import org.agilepmo.shared.ObjectDirectory.SearchText;
import org.agilepmo.shared.ObjectRef;

/**
 * The workspace's index of findable text, one row per object. It knows no access rule:
 * {@link SearchService} passes every candidate through the owning directory's
 * {@code findVisible} before showing or counting it. Two implementations, chosen by the
 * database at start: PostgreSQL's full-text search and a portable one for H2.
 */
interface SearchIndex {

	/** Keeps the object's text, replacing what was kept before. */
	void put(ObjectRef ref, SearchText text);

	/** Forgets the object. */
	void remove(ObjectRef ref);

	/**
	 * Objects whose text holds every word (the last one as the beginning of a word), best
	 * first; a page of them.
	 */
	List<Candidate> candidates(List<String> words, int offset, int limit);

	/** The body kept for an object, for its snippet; empty text when none. */
	String body(ObjectRef ref);

	/** How many objects are kept. */
	long size();

	/** Forgets everything. */
	void clear();

	/** One object the words match, with its rank (higher is better). */
	record Candidate(ObjectRef ref, double rank) {
	}

}
