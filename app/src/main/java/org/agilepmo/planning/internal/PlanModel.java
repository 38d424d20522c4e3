package org.agilepmo.planning.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.agilepmo.engine.schedule.Schedule;

/**
 * One version of a plan in memory: its rows as last read or written (detached, never
 * changed once here) and the schedule computed from them. An edit builds the next model
 * from this one by replacing, adding or removing the rows it changed.
 *
 * @param activities the activities
 * @param dependencies the dependencies
 * @param calendars the calendars
 * @param view the schedule of exactly these rows, for the plan's version
 * @param schedule the engine's result behind the view, in the order of {@code activities}
 * @param positions each activity's position in {@code activities} (and in the schedule),
 * by id
 */
record PlanModel(List<Activity> activities, List<Dependency> dependencies, List<PlanCalendar> calendars, PlanView view,
		Schedule schedule, Map<Long, Integer> positions) {

	/** The activities by id, read through the positions (nothing is copied). */
	Map<Long, Activity> activitiesById() {
		return new AbstractMap<>() {

			@Override
			public Activity get(Object id) {
				Integer at = PlanModel.this.positions.get(id);
				return (at != null) ? PlanModel.this.activities.get(at) : null;
			}

			@Override
			public boolean containsKey(Object id) {
				return PlanModel.this.positions.containsKey(id);
			}

			@Override
			public int size() {
				return PlanModel.this.activities.size();
			}

			@Override
			public Set<Entry<Long, Activity>> entrySet() {
				return new AbstractSet<>() {

					@Override
					public Iterator<Entry<Long, Activity>> iterator() {
						Iterator<Activity> rows = PlanModel.this.activities.iterator();
						return new Iterator<>() {

							@Override
							public boolean hasNext() {
								return rows.hasNext();
							}

							@Override
							public Entry<Long, Activity> next() {
								Activity a = rows.next();
								return new SimpleImmutableEntry<>(a.id(), a);
							}

						};
					}

					@Override
					public int size() {
						return PlanModel.this.activities.size();
					}

				};
			}

		};
	}

	Map<Long, PlanCalendar> calendarsById() {
		Map<Long, PlanCalendar> byId = new HashMap<>();
		for (PlanCalendar c : this.calendars) {
			byId.put(c.id(), c);
		}
		return byId;
	}

	boolean hasLinks(long activityId) {
		for (Dependency d : this.dependencies) {
			if (d.predecessorId() == activityId || d.successorId() == activityId) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether activities lie below this one: in WBS order its first child, if any, is the
	 * row right after it.
	 */
	boolean hasChildren(long activityId) {
		Integer at = this.positions.get(activityId);
		return at != null && at + 1 < this.activities.size()
				&& Objects.equals(this.activities.get(at + 1).parentId(), activityId);
	}

	/** The activities with this one in place of the row of the same id. */
	List<Activity> withActivity(Activity changed) {
		List<Activity> next = new ArrayList<>(this.activities.size() + 1);
		boolean replaced = false;
		for (Activity a : this.activities) {
			if (!replaced && a.id().equals(changed.id())) {
				next.add(changed);
				replaced = true;
			}
			else {
				next.add(a);
			}
		}
		if (!replaced) {
			next.add(changed);
		}
		return next;
	}

	List<Activity> withoutActivity(long activityId) {
		return without(this.activities, a -> a.id() == activityId);
	}

	List<Dependency> withDependency(Dependency changed) {
		List<Dependency> next = new ArrayList<>(this.dependencies.size() + 1);
		boolean replaced = false;
		for (Dependency d : this.dependencies) {
			if (!replaced && d.id().equals(changed.id())) {
				next.add(changed);
				replaced = true;
			}
			else {
				next.add(d);
			}
		}
		if (!replaced) {
			next.add(changed);
		}
		return next;
	}

	List<Dependency> withoutDependencies(Predicate<Dependency> removed) {
		return without(this.dependencies, removed);
	}

	private static <T> List<T> without(List<T> rows, Predicate<T> removed) {
		List<T> next = new ArrayList<>(rows.size());
		for (T row : rows) {
			if (!removed.test(row)) {
				next.add(row);
			}
		}
		return next;
	}

}
