package org.agilepmo.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schedule after a change, with the activities whose row changed: the one edited and
 * every one whose dates, floats, criticality or outline moved. A page applies these rows
 * instead of reading the whole plan again.
 *
 * @param plan the plan and its schedule after the change
 * @param changed the changed activities, in WBS order
 */
public record Rescheduled(PlanView plan, List<ActivityView> changed) {

	public Rescheduled {
		changed = List.copyOf(changed);
	}

	static Rescheduled between(PlanView before, PlanView after) {
		Map<Long, ActivityView> old = before.activitiesById();
		List<ActivityView> changed = new ArrayList<>();
		for (ActivityView now : after.activities()) {
			if (!now.equals(old.get(now.id()))) {
				changed.add(now);
			}
		}
		return new Rescheduled(after, changed);
	}

}
