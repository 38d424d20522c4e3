package org.agilepmo.architecture.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * An application's lifecycle: planned, being built, running, being phased out, retired.
 * It moves forward one step; a plan or a build may be dropped (retired), and a phase-out
 * may be called off (back to run). Retired is final.
 */
public enum Lifecycle {

	PLAN, BUILD, RUN, PHASE_OUT, RETIRED;

	public Set<Lifecycle> next() {
		return switch (this) {
			case PLAN -> EnumSet.of(BUILD, RETIRED);
			case BUILD -> EnumSet.of(RUN, RETIRED);
			case RUN -> EnumSet.of(PHASE_OUT);
			case PHASE_OUT -> EnumSet.of(RUN, RETIRED);
			case RETIRED -> EnumSet.noneOf(Lifecycle.class);
		};
	}

	public boolean mayMoveTo(Lifecycle target) {
		return next().contains(target);
	}

}
