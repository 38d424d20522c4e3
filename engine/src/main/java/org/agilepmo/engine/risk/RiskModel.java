package org.agilepmo.engine.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.Network;

/**
 * What a risk simulation varies on a plan's network: three-point estimates of durations,
 * risk events, correlation groups, the activities' costs and the milestones to follow.
 * Activities without an estimate keep their planned duration.
 */
public final class RiskModel {

	final Network network;

	final WorkCalendar projectCalendar;

	final Estimate[] estimates;

	final double[] fixedCost;

	final double[] costPerMinute;

	final List<RiskEvent> events;

	final List<CorrelationGroup> groups;

	final int[] milestones;

	private RiskModel(Builder b) {
		this.network = b.network;
		this.projectCalendar = b.projectCalendar;
		this.estimates = b.estimates.clone();
		this.fixedCost = b.fixedCost.clone();
		this.costPerMinute = b.costPerMinute.clone();
		this.events = List.copyOf(b.events);
		this.groups = List.copyOf(b.groups);
		this.milestones = b.milestones.stream().mapToInt(Integer::intValue).toArray();
	}

	public static Builder builder(Network network, WorkCalendar projectCalendar) {
		return new Builder(network, projectCalendar);
	}

	public Network network() {
		return this.network;
	}

	public static final class Builder {

		private final Network network;

		private final WorkCalendar projectCalendar;

		private final Estimate[] estimates;

		private final double[] fixedCost;

		private final double[] costPerMinute;

		private final List<RiskEvent> events = new ArrayList<>();

		private final List<CorrelationGroup> groups = new ArrayList<>();

		private final List<Integer> milestones = new ArrayList<>();

		private Builder(Network network, WorkCalendar projectCalendar) {
			this.network = network;
			this.projectCalendar = projectCalendar;
			int n = network.activityCount();
			this.estimates = new Estimate[n];
			this.fixedCost = new double[n];
			this.costPerMinute = new double[n];
		}

		/**
		 * Gives {@code activity} a three-point estimate of its duration; a milestone or a
		 * summary cannot have one.
		 */
		public Builder estimate(int activity, Estimate estimate) {
			check(activity);
			if (this.network.kind(activity) != ActivityKind.TASK) {
				throw new IllegalArgumentException(
						this.network.id(activity) + " is not a task, so its duration cannot vary");
			}
			this.estimates[activity] = estimate;
			return this;
		}

		/**
		 * The activity's cost: {@code fixed} whatever its duration, plus
		 * {@code perWorkingMinute} for each minute it lasts.
		 */
		public Builder cost(int activity, double fixed, double perWorkingMinute) {
			check(activity);
			this.fixedCost[activity] = fixed;
			this.costPerMinute[activity] = perWorkingMinute;
			return this;
		}

		public Builder event(RiskEvent event) {
			for (int a : event.activitiesShared()) {
				check(a);
				if (this.network.kind(a) == ActivityKind.SUMMARY) {
					throw new IllegalArgumentException("risk " + event.id() + " is linked to the summary "
							+ this.network.id(a) + "; link it to its activities");
				}
			}
			this.events.add(event);
			return this;
		}

		public Builder correlate(CorrelationGroup group) {
			for (int a : group.activities()) {
				check(a);
				if (this.estimates[a] == null) {
					throw new IllegalArgumentException(
							this.network.id(a) + " has no three-point estimate to correlate; give it one first");
				}
				for (CorrelationGroup other : this.groups) {
					if (Arrays.stream(other.activities()).anyMatch(x -> x == a)) {
						throw new IllegalArgumentException(
								this.network.id(a) + " is already in correlation group " + other.name());
					}
				}
			}
			this.groups.add(group);
			return this;
		}

		/** Follows the finish of {@code activity} (a milestone or any activity). */
		public Builder milestone(int activity) {
			check(activity);
			this.milestones.add(activity);
			return this;
		}

		public RiskModel build() {
			return new RiskModel(this);
		}

		private void check(int activity) {
			if (activity < 0 || activity >= this.network.activityCount()) {
				throw new IllegalArgumentException("no activity number " + activity);
			}
		}

	}

}
