package org.agilepmo.procurement.internal;

import java.util.Optional;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The tender access rule. A tender is seen by whoever may see its project and by the
 * members of its committee whose screening clears the project (404 for anyone else). It
 * is run by its buyers, those who may change the project. Bids are sealed until the
 * opening: every request about them answers 404 to everyone, administrators included.
 * After the opening they are read by the buyers and by the committee members who declared
 * no conflict of interest (a member who has not declared is refused, 403, until they do).
 */
@Component
public class TenderAccess {

	private final ProjectCatalogue catalogue;

	TenderAccess(ProjectCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public boolean isVisible(Actor actor, Tender tender) {
		if (this.catalogue.findVisible(tender.projectId(), actor).isPresent()) {
			return true;
		}
		return tender.member(actor.id()).isPresent() && actor.clears(classification(tender));
	}

	public Tender visible(Actor actor, Optional<Tender> tender, long id) {
		return tender.filter(t -> isVisible(actor, t)).orElseThrow(() -> new NotFoundException("tender", id));
	}

	public boolean isBuyer(Actor actor, Tender tender) {
		return this.catalogue.mayEdit(tender.projectId(), actor);
	}

	public void requireBuyer(Actor actor, Tender tender) {
		if (!isBuyer(actor, tender)) {
			throw new AccessDeniedException("only the tender's buyers do this");
		}
	}

	/** Sealed bids are absent for everyone: 404, as if there were none. */
	public void requireOpened(Tender tender) {
		if (tender.isSealed()) {
			throw new NotFoundException("bids of tender", tender.id());
		}
	}

	/** The buyers, and the committee members who declared no conflict. */
	public void requireBidReader(Actor actor, Tender tender) {
		requireOpened(tender);
		if (isBuyer(actor, tender)) {
			return;
		}
		requireEvaluator(actor, tender);
	}

	public boolean mayReadBids(Actor actor, Tender tender) {
		return !tender.isSealed()
				&& (isBuyer(actor, tender) || tender.member(actor.id()).map(CommitteeMember::evaluates).orElse(false));
	}

	public CommitteeMember requireEvaluator(Actor actor, Tender tender) {
		CommitteeMember member = tender.member(actor.id())
			.orElseThrow(() -> new AccessDeniedException("not a member of the tender's committee"));
		if (!member.hasDeclared()) {
			throw new AccessDeniedException("declare any conflict of interest first");
		}
		if (!member.evaluates()) {
			throw new AccessDeniedException("a member with a conflict of interest takes no part");
		}
		return member;
	}

	public Classification classification(Tender tender) {
		return this.catalogue.classificationOf(tender.projectId()).orElse(Classification.CONFIDENTIAL);
	}

}
