package org.agilepmo.workspace.web;

import org.agilepmo.shared.CurrentActor;
import org.agilepmo.workspace.internal.SearchService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: what a person may see that holds the words, by kind. */
@Controller
class SearchPages {

	private final SearchService search;

	SearchPages(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", this.search.search(CurrentActor.require(), q, kind, page));
		return "workspace/search";
	}

}
