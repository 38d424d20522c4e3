package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A correlation group as a person writes it: its name, the rank correlation coefficient
 * of every pair of its activities (−1 to 1) and the activities.
 */
public record CorrelationDraft(String name, BigDecimal coefficient, List<Long> activityIds) {

	public CorrelationDraft {
		activityIds = (activityIds != null)
				? activityIds.stream().filter(java.util.Objects::nonNull).distinct().toList() : List.of();
	}

}
