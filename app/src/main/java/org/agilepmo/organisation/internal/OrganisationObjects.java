package org.agilepmo.organisation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisational units for the workspace: the organisation chart is no secret, so every
 * signed-in person sees every unit; administrators, who change the chart, attach files. A
 * unit is found by its name, code, description and the names of its members.
 */
@Component
class OrganisationObjects implements ObjectDirectory {

	static final String KIND = "org-unit";

	private final OrgUnits units;

	private final People people;

	OrganisationObjects(OrgUnits units, People people) {
		this.units = units;
		this.people = people;
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
		return this.units.findById(ref.id())
			.map(u -> new ObjectCard(ref, u.name(), u.code(), "/organisation/units/" + u.id(), null,
					Classification.PUBLIC));
	}

	@Override
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return KIND.equals(ref.kind()) && actor.has(GlobalRole.ADMINISTRATOR);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		if (!KIND.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.units.findById(ref.id()).map(u -> {
			String members = String.join(" ",
					u.members()
						.stream()
						.map(id -> this.people.find(id).map(PersonSummary::displayName).orElse(""))
						.toList());
			String body = String.join(" ",
					Stream.of(u.code(), u.description(), members).filter(t -> t != null && !t.isBlank()).toList());
			return new SearchText(u.name(), body, null, Classification.PUBLIC);
		});
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		if (!KIND.equals(kind)) {
			return Stream.empty();
		}
		return this.units.findAll().stream().map(u -> new ObjectRef(KIND, u.id())).toList().stream();
	}

}
