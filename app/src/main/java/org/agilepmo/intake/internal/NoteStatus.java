package org.agilepmo.intake.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concept note stands. A submitted note goes into assessment, is recommended,
 * then approved; it may be rejected or deferred on the way, a deferred note may be taken
 * up again and a recommended one sent back to assessment. Approved and rejected are
 * final.
 */
public enum NoteStatus {

	SUBMITTED, IN_ASSESSMENT, RECOMMENDED, APPROVED, REJECTED, DEFERRED;

	public Set<NoteStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(IN_ASSESSMENT, REJECTED, DEFERRED);
			case IN_ASSESSMENT -> EnumSet.of(RECOMMENDED, REJECTED, DEFERRED);
			case RECOMMENDED -> EnumSet.of(APPROVED, IN_ASSESSMENT, REJECTED, DEFERRED);
			case DEFERRED -> EnumSet.of(IN_ASSESSMENT, REJECTED);
			case APPROVED, REJECTED -> Collections.unmodifiableSet(EnumSet.noneOf(NoteStatus.class));
		};
	}

	public boolean mayMoveTo(NoteStatus target) {
		return target != null && next().contains(target);
	}

	/** Whether assessors may still record assessment and scores. */
	public boolean isOpenForAssessment() {
		return this == SUBMITTED || this == IN_ASSESSMENT || this == RECOMMENDED;
	}

	/**
	 * Moving to these takes the PMO; assessors may only take a note into assessment and
	 * recommend it.
	 */
	public boolean needsPmo() {
		return this == APPROVED || this == REJECTED || this == DEFERRED;
	}

}
