package org.agilepmo.engine.risk;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.agilepmo.engine.calendar.WorkCalendar;

/**
 * The result of a {@link MonteCarlo} run: the distributions of the project finish, of the
 * followed milestones' finishes and of the cost, each activity's criticality and
 * correlation with the finish, and the risk events by what they add to the finish. Dates
 * are minutes since {@link WorkCalendar#EPOCH} in the {@link Outcomes}; the methods here
 * turn them into date-times.
 */
public final class RiskAnalysis {

	private final Simulation simulation;

	private final Outcomes finish;

	private final Map<String, Outcomes> milestones;

	private final Outcomes cost;

	private final List<ActivityRisk> activities;

	private final List<EventRisk> events;

	private final LocalDateTime plannedFinish;

	RiskAnalysis(Simulation simulation, LocalDateTime plannedFinish, Outcomes finish, Map<String, Outcomes> milestones,
			Outcomes cost, List<ActivityRisk> activities, List<EventRisk> events) {
		this.simulation = simulation;
		this.plannedFinish = plannedFinish;
		this.finish = finish;
		this.milestones = milestones;
		this.cost = cost;
		this.activities = activities;
		this.events = events;
	}

	public Simulation simulation() {
		return this.simulation;
	}

	/** The finish of the plan as it is, without any variation. */
	public LocalDateTime plannedFinish() {
		return this.plannedFinish;
	}

	/** The project finish, in minutes since the epoch. */
	public Outcomes finish() {
		return this.finish;
	}

	/**
	 * The finish of each followed milestone by activity id, in minutes since the epoch.
	 */
	public Map<String, Outcomes> milestones() {
		return this.milestones;
	}

	public Outcomes cost() {
		return this.cost;
	}

	/** Every activity that is not a summary, in network order. */
	public List<ActivityRisk> activities() {
		return this.activities;
	}

	/** The risk events, the largest expected delay first. */
	public List<EventRisk> events() {
		return this.events;
	}

	/**
	 * The tornado: the {@code limit} activities whose duration correlates most with the
	 * finish, strongest first.
	 */
	public List<ActivityRisk> drivers(int limit) {
		return this.activities.stream()
			.filter(a -> a.correlation() != 0)
			.sorted(Comparator.comparingDouble((ActivityRisk a) -> -Math.abs(a.correlation()))
				.thenComparing(ActivityRisk::id))
			.limit(limit)
			.toList();
	}

	/** The date-time at {@code share} (0..1) of the finish distribution. */
	public LocalDateTime finishAt(double share) {
		return date(this.finish.percentile(share));
	}

	public LocalDateTime meanFinish() {
		return date(this.finish.mean());
	}

	/** The share of iterations that finish at or before {@code deadline}. */
	public double probabilityOfFinishingBy(LocalDateTime deadline) {
		return this.finish.probabilityAtMost(WorkCalendar.minuteOf(deadline));
	}

	/** A minute since the epoch as a date-time, rounded to the minute. */
	public static LocalDateTime date(double minute) {
		return WorkCalendar.dateTimeOf((int) Math.round(minute));
	}

}
