package org.agilepmo.workspace;

import java.util.List;

/**
 * One page of what a person found, every hit and count limited to what they may see.
 *
 * @param query the words as typed
 * @param kind the kind the hits are limited to, or {@code null}
 * @param page the page, from 0
 * @param pageSize hits per page
 * @param total how many visible hits there are (of the kind, when one is chosen)
 * @param hits this page's hits, best first
 * @param facets visible hits per kind, whatever kind is chosen
 * @param more whether more objects matched than were checked (the counts are then at
 * least what they say)
 */
public record SearchResult(String query, String kind, int page, int pageSize, long total, List<SearchHit> hits,
		List<Facet> facets, boolean more) {

	/** Visible hits of every kind. */
	public long allKinds() {
		return this.facets.stream().mapToLong(Facet::count).sum();
	}

	public int pageCount() {
		return (int) ((this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pageCount();
	}

	/** One object found. */
	public record SearchHit(String kind, String title, String code, String link, String snippet) {
	}

	/** How many visible hits one kind has. */
	public record Facet(String kind, long count) {
	}

}
