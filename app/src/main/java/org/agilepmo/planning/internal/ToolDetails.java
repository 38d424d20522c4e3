package org.agilepmo.planning.internal;

import java.time.LocalDateTime;

/**
 * What a file says about an activity beyond its draft, so that the dates equal the tool's
 * (issue 13): the remaining duration P6 keeps for an in-progress activity (it is not the
 * duration times the percent complete), and the dates of an MS Project task scheduled
 * manually.
 */
public record ToolDetails(Integer remainingMinutes, LocalDateTime manualStart, LocalDateTime manualFinish) {

	public static final ToolDetails NONE = new ToolDetails(null, null, null);

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
