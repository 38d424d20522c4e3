package org.agilepmo.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.workspace.SearchResult;
import org.agilepmo.workspace.SearchResult.Facet;
import org.agilepmo.workspace.SearchResult.SearchHit;

import org.springframework.stereotype.Service;

/**
 * The global search: the index's candidates, best first, each passed through its owning
 * directory's {@code findVisible} before it is shown or counted. Candidates are read in
 * pages until {@link #MAX_CANDIDATES} have been checked; the totals and facets count the
 * visible ones among them, so a hidden object is never shown, counted or hinted at.
 */
@Service
public class SearchService {

	public static final int PAGE_SIZE = 20;

	/** How many matching objects one search checks at most. */
	static final int MAX_CANDIDATES = 500;

	static final int CANDIDATE_PAGE = 100;

	static final int SNIPPET_LENGTH = 160;

	private final SearchIndex index;

	private final ObjectDirectories directories;

	SearchService(SearchIndex index, ObjectDirectories directories) {
		this.index = index;
		this.directories = directories;
	}

	public SearchResult search(Actor actor, String query, String kind, int page) {
		String chosenKind = kind == null || kind.isBlank() ? null : kind;
		int pageNumber = Math.max(0, page);
		List<String> words = Words.split(query);
		if (words.isEmpty()) {
			return new SearchResult(query, chosenKind, pageNumber, PAGE_SIZE, 0, List.of(), List.of(), false);
		}
		List<ObjectCard> visible = new ArrayList<>();
		int checked = 0;
		boolean more = false;
		while (true) {
			List<SearchIndex.Candidate> candidates = this.index.candidates(words, checked, CANDIDATE_PAGE);
			for (SearchIndex.Candidate candidate : candidates) {
				this.directories.findVisible(candidate.ref(), actor).ifPresent(visible::add);
			}
			checked += candidates.size();
			if (candidates.size() < CANDIDATE_PAGE) {
				break;
			}
			if (checked >= MAX_CANDIDATES) {
				more = !this.index.candidates(words, checked, 1).isEmpty();
				break;
			}
		}
		Map<String, Long> perKind = new TreeMap<>();
		visible.forEach(card -> perKind.merge(card.ref().kind(), 1L, Long::sum));
		List<ObjectCard> ofKind = chosenKind == null ? visible
				: visible.stream().filter(card -> card.ref().kind().equals(chosenKind)).toList();
		List<SearchHit> hits = ofKind.stream()
			.skip((long) pageNumber * PAGE_SIZE)
			.limit(PAGE_SIZE)
			.map(card -> new SearchHit(card.ref().kind(), card.title(), card.code(), card.link(),
					snippet(this.index.body(card.ref()), words)))
			.toList();
		List<Facet> facets = perKind.entrySet().stream().map(e -> new Facet(e.getKey(), e.getValue())).toList();
		return new SearchResult(query, chosenKind, pageNumber, PAGE_SIZE, ofKind.size(), hits, facets, more);
	}

	/** A piece of the body around the first word found in it, or its beginning. */
	static String snippet(String body, List<String> words) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String folded = Words.foldCharacters(body);
		int at = -1;
		for (String word : words) {
			int found = folded.indexOf(word);
			if (found >= 0 && (at < 0 || found < at)) {
				at = found;
			}
		}
		int start = Math.max(0, at < 0 ? 0 : at - SNIPPET_LENGTH / 3);
		int end = Math.min(body.length(), start + SNIPPET_LENGTH);
		String piece = body.substring(start, end).strip();
		return (start > 0 ? "… " : "") + piece + (end < body.length() ? " …" : "");
	}

}
