package org.agilepmo.intake.internal;

import org.agilepmo.shared.Actor;

/**
 * Who may see and act on a concept note. Deny by default: the screening must clear the
 * note's classification, and the person must be its submitter, one of its assessors, or
 * act portfolio-wide (PMO officers, administrators).
 */
public final class NoteAccessPolicy {

	private NoteAccessPolicy() {
	}

	public static boolean maySee(Actor actor, ConceptNote note) {
		return actor.clears(note.classification()) && (actor.isPortfolioWide() || note.submittedBy() == actor.id()
				|| note.assessorIds().contains(actor.id()));
	}

	/** The submitter revises a note while it is merely submitted; the PMO may too. */
	public static boolean mayRevise(Actor actor, ConceptNote note) {
		return maySee(actor, note) && note.status() == NoteStatus.SUBMITTED
				&& (actor.isPortfolioWide() || note.submittedBy() == actor.id());
	}

	/** The PMO and the named assessors record assessment and scores. */
	public static boolean mayAssess(Actor actor, ConceptNote note) {
		return maySee(actor, note) && (actor.isPortfolioWide() || note.assessorIds().contains(actor.id()));
	}

	/**
	 * Assessors take a note into assessment and recommend it; approving, rejecting and
	 * deferring take the PMO.
	 */
	public static boolean mayDecide(Actor actor, ConceptNote note, NoteStatus target) {
		if (!maySee(actor, note)) {
			return false;
		}
		if (actor.isPortfolioWide()) {
			return true;
		}
		return note.assessorIds().contains(actor.id()) && target != null && !target.needsPmo();
	}

}
