package org.agilepmo.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.shared.Actor;

/** The directory of people with an account. */
public interface People {

	Optional<PersonSummary> find(long id);

	Optional<PersonSummary> findByUsername(String username);

	/**
	 * How to reach the person by e-mail and in which language; empty for an unknown id or
	 * a disabled account.
	 */
	default Optional<PersonContact> contact(long id) {
		return Optional.empty();
	}

	/** People by id, for showing names next to ids; unknown ids are left out. */
	Map<Long, PersonSummary> findAll(Collection<Long> ids);

	/** Everyone with an enabled account, by name: for choosing a person in a form. */
	List<PersonSummary> listEnabled();

	/**
	 * The person as an acting person, to ask another module's access rule what they may
	 * see (whether someone mentioned may see the object, say); empty for an unknown id.
	 */
	default Optional<Actor> actorFor(long id) {
		return find(id).map(p -> new Actor(p.id(), p.username(), p.displayName(), p.screening(), p.roles()));
	}

	/**
	 * People with an enabled account whose username or name contains the text, by name,
	 * at most {@code limit}: for suggesting whom to mention.
	 */
	default List<PersonSummary> suggest(String text, int limit) {
		String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
		return listEnabled().stream()
			.filter(p -> p.username().contains(needle)
					|| p.displayName().toLowerCase(java.util.Locale.ROOT).contains(needle))
			.limit(limit)
			.toList();
	}

}
