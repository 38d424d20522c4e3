package org.agilepmo.identity.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.identity.People;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for pickers that name a person (an item's assignee, say): active accounts
 * whose username or display name contains what was typed, for every signed-in person;
 * never their screening, roles or e-mail.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Finding a person to name in a form")
class PeopleSuggestApiController {

	static final int LIMIT = 10;

	private final People people;

	PeopleSuggestApiController(People people) {
		this.people = people;
	}

	@GetMapping("/suggest")
	@Operation(summary = "Up to ten active people whose username or display name contains q")
	List<Suggestion> suggest(@RequestParam(defaultValue = "") String q) {
		String wanted = q.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return List.of();
		}
		return this.people.listEnabled()
			.stream()
			.filter(p -> p.username().toLowerCase(Locale.ROOT).contains(wanted)
					|| p.displayName().toLowerCase(Locale.ROOT).contains(wanted))
			.limit(LIMIT)
			.map(p -> new Suggestion(p.id(), p.username(), p.displayName()))
			.toList();
	}

	/** A person as a picker shows them. */
	record Suggestion(long id, String username, String displayName) {
	}

}
