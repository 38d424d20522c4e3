package org.agilepmo.planning.web;

import org.agilepmo.engine.risk.Distribution;
import org.agilepmo.planning.internal.DurationEstimate;
import org.agilepmo.planning.internal.EstimateChange;
import org.agilepmo.planning.internal.BudgetChange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.ConstraintViolation;
import org.agilepmo.engine.schedule.DeadlineMiss;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.planning.internal.ActivityDraft;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.BaselineView;
import org.agilepmo.planning.internal.CalendarDraft;
import org.agilepmo.planning.internal.CalendarView;
import org.agilepmo.planning.internal.DependencyView;
import org.agilepmo.planning.internal.PlanSettings;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.engine.schedule.ProgressedActivities;
import org.agilepmo.engine.schedule.SchedulingRules;
import org.agilepmo.planning.internal.VarianceView;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Patch;

/** The JSON shapes of the planning API. */
final class PlanResources {

	private PlanResources() {
	}

	/** The export format named by {@code format=}; MSPDI or XER. */
	static org.agilepmo.planning.internal.MpxjWriting.Format exportFormat(String format) {
		for (var chosen : org.agilepmo.planning.internal.MpxjWriting.Format.values()) {
			if (chosen.name().equalsIgnoreCase(format)) {
				return chosen;
			}
		}
		throw new RuleViolationException("format", "planning.error.format", "format must be MSPDI or XER");
	}

	/** Working minutes as an ISO-8601 duration of working time (480 → PT8H). */
	static String iso(int workingMinutes) {
		return Duration.ofMinutes(workingMinutes).toString();
	}

	@Schema(name = "Plan", description = "A project's plan and the headline of its schedule")
	record PlanResource(long projectId, long version, LocalDateTime projectStart, LocalDateTime statusDate,
			Long calendarId, LocalDateTime projectFinish, int activityCount, int dependencyCount, int criticalCount,
			List<Long> longestPath, List<ConstraintViolation> constraintViolations, List<DeadlineMiss> deadlineMisses,
			String sourceFile, SchedulingRules schedulingRules, ProgressedActivities progressedActivities,
			LocalDateTime scheduledFinish) {

		static PlanResource of(PlanView plan) {
			return new PlanResource(plan.projectId(), plan.version(), plan.projectStart(), plan.statusDate(),
					plan.calendarId(), plan.projectFinish(), plan.activities().size(), plan.dependencies().size(),
					plan.criticalCount(), plan.longestPath(), plan.constraintViolations(), plan.deadlineMisses(),
					plan.sourceFile(), plan.schedulingRules(), plan.progressedActivities(), plan.scheduledFinish());
		}

	}

	@Schema(name = "PlanSettingsInput",
			description = "The plan's settings to change (PATCH): only the properties sent change. schedulingRules "
					+ "is MICROSOFT_PROJECT or PRIMAVERA (whose rules the schedule follows where the two tools "
					+ "differ); progressedActivities is P6's setting for activities that started out of sequence, "
					+ "RETAINED_LOGIC or PROGRESS_OVERRIDE; scheduledFinish, when set, schedules the plan from that "
					+ "finish date as MS Project does (null: from its start).")
	static final class PlanSettingsInput extends Patch<PlanSettings> {

		private LocalDateTime projectStart;

		private LocalDateTime statusDate;

		private Long calendarId;

		private SchedulingRules schedulingRules;

		private ProgressedActivities progressedActivities;

		private LocalDateTime scheduledFinish;

		public void setScheduledFinish(LocalDateTime scheduledFinish) {
			mark("scheduledFinish");
			this.scheduledFinish = scheduledFinish;
		}

		public LocalDateTime getScheduledFinish() {
			return this.scheduledFinish;
		}

		public void setProjectStart(LocalDateTime projectStart) {
			mark("projectStart");
			this.projectStart = projectStart;
		}

		public void setStatusDate(LocalDateTime statusDate) {
			mark("statusDate");
			this.statusDate = statusDate;
		}

		public void setCalendarId(Long calendarId) {
			mark("calendarId");
			this.calendarId = calendarId;
		}

		public void setSchedulingRules(SchedulingRules schedulingRules) {
			mark("schedulingRules");
			this.schedulingRules = schedulingRules;
		}

		public void setProgressedActivities(ProgressedActivities progressedActivities) {
			mark("progressedActivities");
			this.progressedActivities = progressedActivities;
		}

		public LocalDateTime getProjectStart() {
			return this.projectStart;
		}

		public LocalDateTime getStatusDate() {
			return this.statusDate;
		}

		public Long getCalendarId() {
			return this.calendarId;
		}

		public SchedulingRules getSchedulingRules() {
			return this.schedulingRules;
		}

		public ProgressedActivities getProgressedActivities() {
			return this.progressedActivities;
		}

		@Override
		public PlanSettings applyTo(PlanSettings current) {
			return new PlanSettings(pick("projectStart", this.projectStart, current.projectStart()),
					pick("statusDate", this.statusDate, current.statusDate()),
					pick("calendarId", this.calendarId, current.calendarId()),
					pick("schedulingRules", this.schedulingRules, current.schedulingRules()),
					pick("progressedActivities", this.progressedActivities, current.progressedActivities()),
					pick("scheduledFinish", this.scheduledFinish, current.scheduledFinish()));
		}

	}

	@Schema(name = "PlanChange", description = "The plan's start, status date and project calendar")
	record PlanChange(@NotNull LocalDateTime projectStart, LocalDateTime statusDate, Long calendarId) {
	}

	@Schema(name = "Activity",
			description = "An activity with its schedule. Floats are working minutes on the activity's calendar "
					+ "(totalFloat, freeFloat) and the same as ISO-8601 durations of working time "
					+ "(totalFloatDuration, freeFloatDuration); negative total float means a constraint or deadline "
					+ "cannot be met. start and finish are the levelled dates (the early dates, or the actual ones, "
					+ "when levelling did not delay the activity); levellingDelayMinutes is the delay in clock "
					+ "minutes from the start its levelled predecessors allow. budgetedCost is what the activity is "
					+ "budgeted to cost, a decimal string in the currency of the project's budget (null when it has "
					+ "none).")
	record ActivityResource(long id, long version, String externalId, Long parentId, String wbs, int level,
			ActivityKind kind, String name, int durationMinutes, String duration, Long calendarId,
			ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline,
			LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete, LocalDateTime earlyStart,
			LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, LocalDateTime start,
			LocalDateTime finish, int totalFloat, String totalFloatDuration, int freeFloat, String freeFloatDuration,
			boolean critical, Long drivingPredecessorId, Integer durationMinMinutes, Integer durationLikelyMinutes,
			Integer durationMaxMinutes, Distribution distribution, long levellingDelayMinutes, String budgetedCost) {

		static ActivityResource of(ActivityView a) {
			DurationEstimate e = (a.estimate() != null) ? a.estimate() : DurationEstimate.NONE;
			return new ActivityResource(a.id(), a.version(), a.externalId(), a.parentId(), a.wbs(), a.level(), a.kind(),
					a.name(), a.durationMinutes(), iso(a.durationMinutes()), a.calendarId(), a.constraintType(),
					a.constraintDate(), a.deadline(), a.actualStart(), a.actualFinish(), a.percentComplete(),
					a.earlyStart(), a.earlyFinish(), a.lateStart(), a.lateFinish(), a.start(), a.finish(),
					a.totalFloat(), iso(a.totalFloat()), a.freeFloat(), iso(a.freeFloat()), a.critical(),
					a.drivingPredecessorId(), e.minMinutes(), e.likelyMinutes(), e.maxMinutes(), e.distribution(),
					a.levellingDelayMinutes(), (a.budgetedCost() != null) ? a.budgetedCost().toPlainString() : null);
		}

	}

	@Schema(name = "ActivityInput",
			description = "A new activity, or (PATCH) the properties to change. budgetedCost: an amount of 0 or "
					+ "more with at most two decimals, in the currency of the project's budget, as a number or a "
					+ "decimal string; null removes it; a summary has none (its cost is its children's).")
	static final class ActivityInput extends Patch<ActivityDraft> implements EstimateChange, BudgetChange {

		private String budgetedCost;

		public void setBudgetedCost(String budgetedCost) {
			mark("budgetedCost");
			this.budgetedCost = budgetedCost;
		}

		public String getBudgetedCost() {
			return this.budgetedCost;
		}

		@Override
		public boolean changesBudgetedCost() {
			return sent("budgetedCost");
		}

		@Override
		public String budgetedCostText() {
			return this.budgetedCost;
		}

		private Integer durationMinMinutes;

		private Integer durationLikelyMinutes;

		private Integer durationMaxMinutes;

		private Distribution distribution;

		public void setDurationMinMinutes(Integer minutes) {
			mark("durationMinMinutes");
			this.durationMinMinutes = minutes;
		}

		public void setDurationLikelyMinutes(Integer minutes) {
			mark("durationLikelyMinutes");
			this.durationLikelyMinutes = minutes;
		}

		public void setDurationMaxMinutes(Integer minutes) {
			mark("durationMaxMinutes");
			this.durationMaxMinutes = minutes;
		}

		public void setDistribution(Distribution distribution) {
			mark("distribution");
			this.distribution = distribution;
		}

		public Integer getDurationMinMinutes() {
			return this.durationMinMinutes;
		}

		public Integer getDurationLikelyMinutes() {
			return this.durationLikelyMinutes;
		}

		public Integer getDurationMaxMinutes() {
			return this.durationMaxMinutes;
		}

		public Distribution getDistribution() {
			return this.distribution;
		}

		@Override
		public boolean changesEstimate() {
			return sent("durationMinMinutes") || sent("durationLikelyMinutes") || sent("durationMaxMinutes")
					|| sent("distribution");
		}

		@Override
		public DurationEstimate applyEstimate(DurationEstimate current) {
			return new DurationEstimate(pick("durationMinMinutes", this.durationMinMinutes, current.minMinutes()),
					pick("durationLikelyMinutes", this.durationLikelyMinutes, current.likelyMinutes()),
					pick("durationMaxMinutes", this.durationMaxMinutes, current.maxMinutes()),
					pick("distribution", this.distribution, current.distribution()));
		}

		private ActivityKind kind;

		private String name;

		private Long parentId;

		private Integer durationMinutes;

		private Long calendarId;

		private ConstraintType constraintType;

		private LocalDateTime constraintDate;

		private LocalDateTime deadline;

		private LocalDateTime actualStart;

		private LocalDateTime actualFinish;

		private Integer percentComplete;

		private String externalId;

		public void setKind(ActivityKind kind) {
			mark("kind");
			this.kind = kind;
		}

		public void setName(String name) {
			mark("name");
			this.name = name;
		}

		public void setParentId(Long parentId) {
			mark("parentId");
			this.parentId = parentId;
		}

		public void setDurationMinutes(Integer durationMinutes) {
			mark("durationMinutes");
			this.durationMinutes = durationMinutes;
		}

		public void setCalendarId(Long calendarId) {
			mark("calendarId");
			this.calendarId = calendarId;
		}

		public void setConstraintType(ConstraintType constraintType) {
			mark("constraintType");
			this.constraintType = constraintType;
		}

		public void setConstraintDate(LocalDateTime constraintDate) {
			mark("constraintDate");
			this.constraintDate = constraintDate;
		}

		public void setDeadline(LocalDateTime deadline) {
			mark("deadline");
			this.deadline = deadline;
		}

		public void setActualStart(LocalDateTime actualStart) {
			mark("actualStart");
			this.actualStart = actualStart;
		}

		public void setActualFinish(LocalDateTime actualFinish) {
			mark("actualFinish");
			this.actualFinish = actualFinish;
		}

		public void setPercentComplete(Integer percentComplete) {
			mark("percentComplete");
			this.percentComplete = percentComplete;
		}

		public void setExternalId(String externalId) {
			mark("externalId");
			this.externalId = externalId;
		}

		public ActivityKind getKind() {
			return this.kind;
		}

		public String getName() {
			return this.name;
		}

		public Long getParentId() {
			return this.parentId;
		}

		public Integer getDurationMinutes() {
			return this.durationMinutes;
		}

		public Long getCalendarId() {
			return this.calendarId;
		}

		public ConstraintType getConstraintType() {
			return this.constraintType;
		}

		public LocalDateTime getConstraintDate() {
			return this.constraintDate;
		}

		public LocalDateTime getDeadline() {
			return this.deadline;
		}

		public LocalDateTime getActualStart() {
			return this.actualStart;
		}

		public LocalDateTime getActualFinish() {
			return this.actualFinish;
		}

		public Integer getPercentComplete() {
			return this.percentComplete;
		}

		public String getExternalId() {
			return this.externalId;
		}

		@Override
		public ActivityDraft applyTo(ActivityDraft current) {
			Integer duration = pick("durationMinutes", this.durationMinutes, current.durationMinutes());
			Integer percent = pick("percentComplete", this.percentComplete, current.percentComplete());
			ConstraintType constraint = pick("constraintType", this.constraintType, current.constraintType());
			return new ActivityDraft(pick("kind", this.kind, current.kind()), pick("name", this.name, current.name()),
					pick("parentId", this.parentId, current.parentId()), (duration != null) ? duration : 0,
					pick("calendarId", this.calendarId, current.calendarId()), constraint,
					(constraint != null && !constraint.isDated()) ? null
							: pick("constraintDate", this.constraintDate, current.constraintDate()),
					pick("deadline", this.deadline, current.deadline()),
					pick("actualStart", this.actualStart, current.actualStart()),
					pick("actualFinish", this.actualFinish, current.actualFinish()), (percent != null) ? percent : 0,
					pick("externalId", this.externalId, current.externalId()));
		}

		ActivityDraft toDraft() {
			return applyTo(
					new ActivityDraft(ActivityKind.TASK, null, null, 0, null, null, null, null, null, null, 0, null));
		}

	}

	@Schema(name = "Dependency",
			description = "A link; the lag is lagMinutes of working time on the successor's calendar, or lagPercent "
					+ "of the predecessor's duration; lagElapsed when it is clock time, 24×7 (MS Project's "
					+ "elapsed units: ed, eh, e%)")
	record DependencyResource(long id, long version, long predecessorId, long successorId, LinkType type,
			Integer lagMinutes, Integer lagPercent, boolean lagElapsed, String lag) {

		static DependencyResource of(DependencyView d) {
			Lag lag = d.lag();
			return new DependencyResource(d.id(), d.version(), d.predecessorId(), d.successorId(), d.type(),
					lag.percent() ? null : lag.value(), lag.percent() ? lag.value() : null, lag.elapsed(),
					lag.percent() ? lag.value() + (lag.elapsed() ? "e%" : "%") : iso(lag.value()));
		}

	}

	@Schema(name = "DependencyInput",
			description = "FINISH_START when type is left out; at most one of the lags; lagElapsed true makes it "
					+ "clock time, 24×7")
	record DependencyInput(Long predecessorId, Long successorId, LinkType type, Integer lagMinutes, Integer lagPercent,
			Boolean lagElapsed) {

		Lag lag() {
			if (this.lagMinutes != null && this.lagPercent != null) {
				throw new RuleViolationException("lagPercent", "planning.error.twoLags",
						"give lagMinutes or lagPercent, not both");
			}
			boolean elapsed = Boolean.TRUE.equals(this.lagElapsed);
			if (this.lagPercent != null) {
				return elapsed ? Lag.elapsedPercent(this.lagPercent) : Lag.percent(this.lagPercent);
			}
			if (this.lagMinutes == null || this.lagMinutes == 0) {
				return Lag.NONE;
			}
			return elapsed ? Lag.elapsed(this.lagMinutes) : Lag.minutes(this.lagMinutes);
		}

		LinkType linkType() {
			return (this.type != null) ? this.type : LinkType.FINISH_START;
		}

	}

	@Schema(name = "Calendar",
			description = "week: for each weekday its working hours as HH:mm-HH:mm ranges (none for a day off); "
					+ "exceptions: per date its hours (none for a holiday)")
	record CalendarResource(Long id, Long version, String name, Map<java.time.DayOfWeek, List<String>> week,
			Map<java.time.LocalDate, List<String>> exceptions, Integer minutesPerDay) {

		static CalendarResource of(CalendarView view) {
			CalendarDraft c = view.calendar();
			Map<java.time.DayOfWeek, List<String>> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
			c.week().forEach((day, hours) -> week.put(day, hours.stream().map(Object::toString).toList()));
			Map<java.time.LocalDate, List<String>> exceptions = new java.util.TreeMap<>();
			c.exceptions()
				.forEach((date, hours) -> exceptions.put(date, hours.stream().map(Object::toString).toList()));
			return new CalendarResource(view.id(), view.version(), c.name(), week, exceptions, c.minutesPerDay());
		}

		CalendarDraft toDraft() {
			Map<java.time.DayOfWeek, List<org.agilepmo.engine.calendar.WorkingTime>> days = new java.util.EnumMap<>(
					java.time.DayOfWeek.class);
			if (this.week != null) {
				this.week.forEach((day, hours) -> days.put(day, parse("week." + day, hours)));
			}
			Map<java.time.LocalDate, List<org.agilepmo.engine.calendar.WorkingTime>> dated = new java.util.TreeMap<>();
			if (this.exceptions != null) {
				this.exceptions.forEach((date, hours) -> dated.put(date, parse("exceptions." + date, hours)));
			}
			return new CalendarDraft(this.name, days, dated, null);
		}

		private static List<org.agilepmo.engine.calendar.WorkingTime> parse(String field, List<String> hours) {
			try {
				List<org.agilepmo.engine.calendar.WorkingTime> times = new java.util.ArrayList<>();
				for (String range : (hours != null) ? hours : List.<String>of()) {
					times.add(org.agilepmo.engine.calendar.WorkingTime.parse(range));
				}
				org.agilepmo.engine.calendar.WorkCalendar.builder("check")
					.workWeek(List.of(java.time.DayOfWeek.MONDAY),
							times.toArray(org.agilepmo.engine.calendar.WorkingTime[]::new));
				return times;
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException(field, "planning.error.hours",
						"working hours must be HH:mm-HH:mm ranges that do not overlap");
			}
		}

	}

	@Schema(name = "Baseline")
	record BaselineResource(long id, String name, Instant savedAt, String savedBy, int activities) {

		static BaselineResource of(BaselineView b) {
			return new BaselineResource(b.id(), b.name(), b.savedAt(), b.savedBy(), b.activities());
		}

	}

	@Schema(name = "BaselineInput")
	record BaselineInput(String name) {
	}

	@Schema(name = "Variance",
			description = "Later or longer is positive; variances in working minutes on the activity's calendar")
	record VarianceResource(long activityId, String name, LocalDateTime baselineStart, LocalDateTime baselineFinish,
			int baselineDurationMinutes, LocalDateTime start, LocalDateTime finish, int durationMinutes,
			int startVarianceMinutes, int finishVarianceMinutes, int durationVarianceMinutes) {

		static VarianceResource of(VarianceView v) {
			return new VarianceResource(v.activityId(), v.name(), v.baselineStart(), v.baselineFinish(),
					v.baselineDurationMinutes(), v.start(), v.finish(), v.durationMinutes(), v.startVarianceMinutes(),
					v.finishVarianceMinutes(), v.durationVarianceMinutes());
		}

	}

	@Schema(name = "ActivityPage", description = "A page of activities in WBS order")
	record ActivityPage(List<ActivityResource> items, int page, int size, long totalItems, int totalPages) {

		static ActivityPage of(List<ActivityView> all, int page, int size) {
			int from = Math.min(all.size(), page * size);
			int to = Math.min(all.size(), from + size);
			List<ActivityResource> items = all.subList(from, to).stream().map(ActivityResource::of).toList();
			return new ActivityPage(items, page, size, all.size(), (all.size() + size - 1) / size);
		}

	}

	@Schema(name = "Schedule", description = "The schedule of every activity, with the plan's headline")
	record ScheduleResource(PlanResource plan, List<ActivityResource> activities) {
	}

}
