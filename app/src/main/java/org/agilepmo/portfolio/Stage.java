package org.agilepmo.portfolio;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A project's lifecycle stage. Projects move one step forward, or one step back from
 * scoping to go-live (re-scope, re-plan, a failed go-live); any active stage may be put
 * on hold or cancelled; a project on hold resumes in the stage it was held in or is
 * cancelled. Closed and cancelled are final.
 */
public enum Stage {

	CONCEPT, SCOPING, PLANNING, EXECUTION, GO_LIVE, CLOSED, ON_HOLD, CANCELLED;

	/** The stages a project in this stage may move to. */
	public Set<Stage> next(Stage heldIn) {
		return switch (this) {
			case CONCEPT -> EnumSet.of(SCOPING, ON_HOLD, CANCELLED);
			case SCOPING -> EnumSet.of(CONCEPT, PLANNING, ON_HOLD, CANCELLED);
			case PLANNING -> EnumSet.of(SCOPING, EXECUTION, ON_HOLD, CANCELLED);
			case EXECUTION -> EnumSet.of(PLANNING, GO_LIVE, ON_HOLD, CANCELLED);
			case GO_LIVE -> EnumSet.of(EXECUTION, CLOSED, ON_HOLD, CANCELLED);
			case ON_HOLD ->
				(heldIn == null || !heldIn.isActive()) ? EnumSet.of(CANCELLED) : EnumSet.of(heldIn, CANCELLED);
			case CLOSED, CANCELLED -> Collections.unmodifiableSet(EnumSet.noneOf(Stage.class));
		};
	}

	/** Whether work goes on in this stage (concept to go-live). */
	public boolean isActive() {
		return ordinal() <= GO_LIVE.ordinal();
	}

	public boolean isFinal() {
		return this == CLOSED || this == CANCELLED;
	}

}
