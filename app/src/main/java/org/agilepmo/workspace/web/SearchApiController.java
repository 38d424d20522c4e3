package org.agilepmo.workspace.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.workspace.SearchResult;
import org.agilepmo.workspace.internal.SearchService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Everything the caller may see, found by its words")
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping
	@Operation(
			summary = "Objects the caller may see whose text holds every word (the last one as a prefix), best first")
	SearchPage search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page) {
		SearchResult result = this.search.search(CurrentActor.require(), q, kind, page);
		return new SearchPage(result.query(), result.kind(), result.hits(), result.page(), result.pageSize(),
				result.total(), result.pageCount(), result.facets(), result.more());
	}

	/**
	 * One page of hits, with the totals a client needs to page through them; the totals
	 * and facets count only what the caller may see.
	 */
	record SearchPage(String query, String kind, List<SearchResult.SearchHit> items, int page, int size,
			long totalItems, int totalPages, List<SearchResult.Facet> facets, boolean more) {
	}

}
