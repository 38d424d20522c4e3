package org.agilepmo.quality.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may see a squad's indicators (and record its delivery events): the squad's and its
 * tribe's people (members of the squad, of the tribe, or of a sibling squad), the PMO,
 * and the quality overseers (the CTO). Anyone else is told the squad does not exist.
 */
@Component
public class IndicatorAccess {

	private final OrganisationDirectory organisation;

	private final Overseers overseers;

	IndicatorAccess(OrganisationDirectory organisation, Overseers overseers) {
		this.organisation = organisation;
		this.overseers = overseers;
	}

	/** The PMO and the overseers see every squad. */
	public boolean oversees(Actor actor) {
		return actor.isPortfolioWide() || this.overseers.contains(actor.id());
	}

	public boolean maySee(Actor actor, OrgUnitSummary squad) {
		if (squad.type() != UnitType.SQUAD) {
			return false;
		}
		return oversees(actor) || tribesOf(actor).contains(squad.parentId());
	}

	public boolean maySeeSquad(Actor actor, long squadId) {
		return this.organisation.find(squadId).filter(s -> maySee(actor, s)).isPresent();
	}

	/** The squad when the person may see its indicators; 404 otherwise. */
	public OrgUnitSummary requireSquad(long squadId, Actor actor) {
		return this.organisation.find(squadId)
			.filter(s -> maySee(actor, s))
			.orElseThrow(() -> new NotFoundException("squad", squadId));
	}

	/** Every squad whose indicators the person may see, by name. */
	public List<OrgUnitSummary> visibleSquads(Actor actor) {
		boolean all = oversees(actor);
		Set<Long> tribes = all ? Set.of() : tribesOf(actor);
		return this.organisation.ofType(UnitType.SQUAD)
			.stream()
			.filter(s -> all || tribes.contains(s.parentId()))
			.sorted(Comparator.comparing(OrgUnitSummary::name))
			.toList();
	}

	/** The tribes the person belongs to, directly or through one of their squads. */
	private Set<Long> tribesOf(Actor actor) {
		return this.organisation.unitsOf(actor.id())
			.stream()
			.map(u -> u.type() == UnitType.TRIBE ? Long.valueOf(u.id())
					: u.type() == UnitType.SQUAD ? u.parentId() : null)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
	}

}
