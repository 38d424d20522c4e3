package org.agilepmo.planning.internal;

import java.time.LocalDateTime;

/**
 * What a file says about an activity beyond its draft, so that the dates equal the tool's
 * (ADR 0103): the remaining duration P6 keeps for an in-progress activity (it is not the
 * duration times the percent complete), and the dates of an MS Project task scheduled
 * manually; whether its duration is elapsed time (MS Project's {@code ed}, {@code eh}…),
 * run on the clock, 24×7; whether a P6 milestone is a start milestone (dated at the next
 * work start) rather than a finish milestone; whether a P6 activity is a level of effort
 * (dated by its links, driving nothing).
 */
public record ToolDetails(Integer remainingMinutes, LocalDateTime manualStart, LocalDateTime manualFinish,
		boolean elapsed, boolean startMilestone, boolean levelOfEffort) {

	public static final ToolDetails NONE = new ToolDetails(null, null, null, false, false, false);

	public ToolDetails(Integer remainingMinutes, LocalDateTime manualStart, LocalDateTime manualFinish) {
		this(remainingMinutes, manualStart, manualFinish, false, false, false);
	}

	public ToolDetails(Integer remainingMinutes, LocalDateTime manualStart, LocalDateTime manualFinish, boolean elapsed,
			boolean startMilestone) {
		this(remainingMinutes, manualStart, manualFinish, elapsed, startMilestone, false);
	}

	public ToolDetails {
		if ((manualStart == null) != (manualFinish == null)) {
			manualStart = null;
			manualFinish = null;
		}
		if (manualStart != null && manualFinish.isBefore(manualStart)) {
			manualFinish = manualStart;
		}
		if (remainingMinutes != null && remainingMinutes < 0) {
			remainingMinutes = 0;
		}
	}

	public boolean isManual() {
		return this.manualStart != null;
	}

}
