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
		List<ActivityView> changed = new ArrayList<>();
		List<ActivityView> was = before.activities();
		List<ActivityView> is = after.activities();
		if (was.size() == is.size()) {
			// The usual edit: the same rows in the same order, most of them the same
			// objects.
			boolean aligned = true;
			for (int i = 0; i < is.size() && aligned; i++) {
				ActivityView now = is.get(i);
				ActivityView old = was.get(i);
				if (now.id() != old.id()) {
					aligned = false;
				}
				else if (now != old && !now.equals(old)) {
					changed.add(now);
				}
			}
			if (aligned) {
				return new Rescheduled(after, changed);
			}
			changed.clear();
		}
		Map<Long, ActivityView> old = before.activitiesById();
		for (ActivityView now : is) {
			if (!now.equals(old.get(now.id()))) {
				changed.add(now);
			}
		}
		return new Rescheduled(after, changed);
	}

}
