package org.agilepmo.identity.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Size;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People to choose from by name, for a form's type-ahead picker: the people with an
 * account whose name or username contains what was typed. Any signed-in person may ask,
 * as every form that names a person already lists them.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

	static final int MAX_SUGGESTIONS = 10;

	private final People people;

	PeopleApiController(People people) {
		this.people = people;
	}

	/** A person as a picker shows them. */
	record Suggestion(long id, String name, String username) {
	}

	@GetMapping("/suggest")
	List<Suggestion> suggest(@RequestParam(defaultValue = "") @Size(max = 100) String q) {
		String typed = q.strip().toLowerCase(Locale.ROOT);
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		return this.people.listEnabled()
			.stream()
			.filter(p -> typed.isEmpty() || p.displayName().toLowerCase(Locale.ROOT).contains(typed)
					|| p.username().toLowerCase(Locale.ROOT).contains(typed))
			.sorted(Comparator.comparing(PersonSummary::displayName, collator))
			.limit(MAX_SUGGESTIONS)
			.map(p -> new Suggestion(p.id(), p.displayName(), p.username()))
			.toList();
	}

}
