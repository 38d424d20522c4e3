package org.agilepmo.identity.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People, as search results: every signed-in person finds every active account by its
 * display name or username (as they find them in forms that name people), and nothing
 * else of it: neither screening, nor roles, nor e-mail. A disabled account is absent. No
 * one attaches files to a person. Their page is the organisation chart, where their units
 * list them.
 */
@Component
class PeopleObjects implements ObjectDirectory {

	static final String KIND = "account";

	private final Accounts accounts;

	PeopleObjects(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		if (!KIND.equals(ref.kind()) || actor == null) {
			return Optional.empty();
		}
		return this.accounts.findById(ref.id())
			.filter(Account::enabled)
			.map(a -> new ObjectCard(ref, a.toSummary().displayName(), a.username(), "/organisation", null,
					Classification.PUBLIC));
	}

	@Override
	public boolean mayComment(ObjectRef ref, Actor actor) {
		return false;
	}

	@Override
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return false;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		if (!KIND.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.accounts.findById(ref.id())
			.filter(Account::enabled)
			.map(a -> new SearchText(a.toSummary().displayName(), a.username(), null, Classification.PUBLIC));
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		if (!KIND.equals(kind)) {
			return Stream.empty();
		}
		return this.accounts.findByEnabledTrueOrderByDisplayName()
			.stream()
			.map(a -> new ObjectRef(KIND, a.id()))
			.toList()
			.stream();
	}

}
