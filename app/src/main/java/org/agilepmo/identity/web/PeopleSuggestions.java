package org.agilepmo.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.identity.People;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Whom a person may mention: people with an enabled account whose username or name
 * contains what was typed after {@code @}. Names and usernames only, which every
 * signed-in person may already see in the platform's person pickers.
 */
@Controller
@Tag(name = "People", description = "Suggestions of people to mention")
class PeopleSuggestions {

	static final int LIMIT = 8;

	private final People people;

	PeopleSuggestions(People people) {
		this.people = people;
	}

	@GetMapping("/api/v1/people/suggest")
	@ResponseBody
	@Operation(summary = "People whose username or name contains the text: display name and username")
	List<Suggestion> api(@RequestParam(defaultValue = "") String q) {
		return suggest(q);
	}

	/** The same as a list of options for the page's type-ahead. */
	@GetMapping("/people/suggest")
	String page(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("suggestions", suggest(q));
		return "identity/suggestions :: options";
	}

	private List<Suggestion> suggest(String text) {
		if (text.isBlank()) {
			return List.of();
		}
		return this.people.suggest(text, LIMIT)
			.stream()
			.map(p -> new Suggestion(p.id(), p.username(), p.displayName()))
			.toList();
	}

	record Suggestion(long id, String username, String displayName) {
	}

}
