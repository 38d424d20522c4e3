package org.agilepmo.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A working calendar: a working week plus dated exceptions (holidays, or working days
 * with their own hours), converting exactly between date-times and working time in whole
 * minutes.
 * <p>
 * Instants are minutes since {@link #EPOCH}; the <em>work index</em> of an instant is the
 * number of working minutes before it. Both directions are O(1): a prefix sum of working
 * minutes per day answers instant to work index, and a bucketed inverse of that prefix
 * sum answers work index to instant (the usual cumulative-distribution lookup).
 * <p>
 * A work index names two instants when it falls on a break: the end of the work before it
 * ({@link #finishOfWork(int) finish form}, e.g. 12:00 or Friday 17:00) and the start of
 * the work after it ({@link #startOfWork(int) start form}, 13:00 or Monday 08:00). As in
 * Microsoft Project, adding work yields the finish form and subtracting work the start
 * form.
 */
public final class WorkCalendar {

	/** Instant 0 of the engine's minute axis. */
	public static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

	/** First date outside every calendar's tables. */
	public static final LocalDate HORIZON_END = LocalDate.of(2170, 1, 1);

	private static final int MINUTES_PER_DAY = 1440;

	private static final int DAYS = (int) ChronoUnit.DAYS.between(EPOCH, HORIZON_END);

	private static final int BUCKET_SHIFT = 8;

	private static final WorkCalendar STANDARD = builder("Standard")
		.workWeek(
				List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
				WorkingTime.parse("08:00-12:00"), WorkingTime.parse("13:00-17:00"))
		.build();

	private final String name;

	private final Map<DayOfWeek, List<WorkingTime>> week;

	private final Map<LocalDate, List<WorkingTime>> exceptions;

	/** Working minutes before each day; one more entry than days. */
	private final int[] dayWork;

	private final int[] dayPattern;

	/**
	 * Ranges of pattern p are {@code rangeFrom[patternFirst[p] .. patternFirst[p+1])}.
	 */
	private final int[] patternFirst;

	private final int[] rangeFrom;

	private final int[] rangeTo;

	/** The day holding working minute {@code b << BUCKET_SHIFT}. */
	private final int[] bucketDay;

	private WorkCalendar(String name, Map<DayOfWeek, List<WorkingTime>> week,
			Map<LocalDate, List<WorkingTime>> exceptions) {
		this.name = name;
		this.week = Collections.unmodifiableMap(new EnumMap<>(week));
		this.exceptions = Collections.unmodifiableMap(new TreeMap<>(exceptions));
		List<List<WorkingTime>> patterns = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			patterns.add(week.getOrDefault(day, List.of()));
		}
		this.dayPattern = new int[DAYS];
		int epochDayOfWeek = EPOCH.getDayOfWeek().ordinal();
		for (int d = 0; d < DAYS; d++) {
			this.dayPattern[d] = (epochDayOfWeek + d) % 7;
		}
		for (Map.Entry<LocalDate, List<WorkingTime>> exception : this.exceptions.entrySet()) {
			long d = ChronoUnit.DAYS.between(EPOCH, exception.getKey());
			if (d >= 0 && d < DAYS) {
				this.dayPattern[(int) d] = patterns.size();
				patterns.add(exception.getValue());
			}
		}
		this.patternFirst = new int[patterns.size() + 1];
		int ranges = 0;
		for (int p = 0; p < patterns.size(); p++) {
			this.patternFirst[p] = ranges;
			ranges += patterns.get(p).size();
		}
		this.patternFirst[patterns.size()] = ranges;
		this.rangeFrom = new int[ranges];
		this.rangeTo = new int[ranges];
		int[] patternWork = new int[patterns.size()];
		for (int p = 0, r = 0; p < patterns.size(); p++) {
			for (WorkingTime time : patterns.get(p)) {
				this.rangeFrom[r] = time.fromMinute();
				this.rangeTo[r] = time.toMinute();
				patternWork[p] += this.rangeTo[r] - this.rangeFrom[r];
				r++;
			}
		}
		this.dayWork = new int[DAYS + 1];
		for (int d = 0; d < DAYS; d++) {
			this.dayWork[d + 1] = this.dayWork[d] + patternWork[this.dayPattern[d]];
		}
		int total = this.dayWork[DAYS];
		this.bucketDay = new int[total == 0 ? 0 : ((total - 1) >>> BUCKET_SHIFT) + 1];
		for (int b = 0, d = 0; b < this.bucketDay.length; b++) {
			int w = b << BUCKET_SHIFT;
			while (this.dayWork[d + 1] <= w) {
				d++;
			}
			this.bucketDay[b] = d;
		}
	}

	/** Monday to Friday, 08:00-12:00 and 13:00-17:00, no holidays. */
	public static WorkCalendar standard() {
		return STANDARD;
	}

	/**
	 * The clock: every minute of every day works, so work is elapsed time. Elapsed
	 * durations and lags run on it.
	 */
	public static WorkCalendar continuous() {
		return Continuous.CALENDAR;
	}

	/** True if every minute works: work on it is elapsed time. */
	public boolean isContinuous() {
		return this == Continuous.CALENDAR;
	}

	/** Built on first use: most plans have no elapsed durations. */
	private static final class Continuous {

		static final WorkCalendar CALENDAR = builder("24 hours (elapsed)")
			.workWeek(List.of(DayOfWeek.values()), WorkingTime.parse("00:00-24:00"))
			.build();

	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	/** A builder starting from this calendar's week and exceptions. */
	public Builder toBuilder(String name) {
		Builder builder = new Builder(name);
		builder.week.putAll(this.week);
		builder.exceptions.putAll(this.exceptions);
		return builder;
	}

	public String name() {
		return this.name;
	}

	public Map<DayOfWeek, List<WorkingTime>> week() {
		return this.week;
	}

	public Map<LocalDate, List<WorkingTime>> exceptions() {
		return this.exceptions;
	}

	public boolean isWorkingDay(LocalDate date) {
		int d = day(ChronoUnit.DAYS.between(EPOCH, date));
		return this.dayWork[d + 1] > this.dayWork[d];
	}

	/**
	 * Working minutes in {@code [from, to)}; negative when {@code to} is before
	 * {@code from}.
	 */
	public long workBetween(LocalDateTime from, LocalDateTime to) {
		return (long) workIndex(minuteOf(to)) - workIndex(minuteOf(from));
	}

	/**
	 * The instant at which {@code minutes} of work started at {@code start} are done (the
	 * finish form). Zero minutes return {@code start} unchanged; negative minutes
	 * subtract.
	 */
	public LocalDateTime addWork(LocalDateTime start, long minutes) {
		return dateTimeOf(addWork(minuteOf(start), Math.toIntExact(minutes)));
	}

	/**
	 * The instant at which {@code minutes} of work must start to be done at
	 * {@code finish} (the start form).
	 */
	public LocalDateTime subtractWork(LocalDateTime finish, long minutes) {
		return dateTimeOf(addWork(minuteOf(finish), -Math.toIntExact(minutes)));
	}

	/**
	 * {@code dateTime} if work is done at that minute, else the start of the next work.
	 */
	public LocalDateTime nextWorkStart(LocalDateTime dateTime) {
		return dateTimeOf(nextWorkStart(minuteOf(dateTime)));
	}

	/**
	 * {@code dateTime} if work was done in the minute before it, else the end of the last
	 * work before it.
	 */
	public LocalDateTime previousWorkFinish(LocalDateTime dateTime) {
		return dateTimeOf(previousWorkFinish(minuteOf(dateTime)));
	}

	/** Minutes since {@link #EPOCH}; seconds are dropped. */
	public static int minuteOf(LocalDateTime dateTime) {
		long days = ChronoUnit.DAYS.between(EPOCH, dateTime.toLocalDate());
		long minute = days * MINUTES_PER_DAY + dateTime.getHour() * 60 + dateTime.getMinute();
		if (days < 0 || days >= DAYS) {
			throw new IllegalArgumentException(
					dateTime + " is outside the calendar horizon " + EPOCH + ".." + HORIZON_END.minusDays(1));
		}
		return (int) minute;
	}

	public static LocalDateTime dateTimeOf(int minute) {
		return EPOCH.atStartOfDay().plusMinutes(minute);
	}

	/** The number of working minutes before {@code minute}. */
	public int workIndex(int minute) {
		int d = day(Math.floorDiv(minute, MINUTES_PER_DAY));
		int m = minute - d * MINUTES_PER_DAY;
		int p = this.dayPattern[d];
		int w = this.dayWork[d];
		for (int r = this.patternFirst[p], end = this.patternFirst[p + 1]; r < end; r++) {
			if (m <= this.rangeFrom[r]) {
				break;
			}
			w += Math.min(m, this.rangeTo[r]) - this.rangeFrom[r];
		}
		return w;
	}

	/** The instant at which working minute {@code work} starts. */
	public int startOfWork(int work) {
		if (work < 0 || work >= this.dayWork[DAYS]) {
			throw new IllegalArgumentException(
					"work index " + work + " is outside the horizon of calendar " + this.name);
		}
		int d = this.bucketDay[work >>> BUCKET_SHIFT];
		while (this.dayWork[d + 1] <= work) {
			d++;
		}
		int offset = work - this.dayWork[d];
		int p = this.dayPattern[d];
		int r = this.patternFirst[p];
		while (offset >= this.rangeTo[r] - this.rangeFrom[r]) {
			offset -= this.rangeTo[r] - this.rangeFrom[r];
			r++;
		}
		return d * MINUTES_PER_DAY + this.rangeFrom[r] + offset;
	}

	/** The instant at which working minute {@code work - 1} ends. */
	public int finishOfWork(int work) {
		if (work <= 0) {
			throw new IllegalArgumentException("no work before the start of the horizon of calendar " + this.name);
		}
		return startOfWork(work - 1) + 1;
	}

	/**
	 * Adds (or, when negative, subtracts) work to an instant; see
	 * {@link #addWork(LocalDateTime, long)}.
	 */
	public int addWork(int minute, int work) {
		if (work == 0) {
			return minute;
		}
		int w = workIndex(minute) + work;
		return (work > 0) ? finishOfWork(w) : startOfWork(w);
	}

	public int nextWorkStart(int minute) {
		return startOfWork(workIndex(minute));
	}

	public int previousWorkFinish(int minute) {
		return finishOfWork(workIndex(minute));
	}

	/** True if {@code minute} ends a working period (work before it, none after it). */
	public boolean isWorkFinish(int minute) {
		int w = workIndex(minute);
		return w > 0 && finishOfWork(w) == minute && (w >= this.dayWork[DAYS] || startOfWork(w) != minute);
	}

	private static int day(long day) {
		if (day < 0 || day >= DAYS) {
			throw new IllegalArgumentException(EPOCH.plusDays(day) + " is outside the calendar horizon " + EPOCH + ".."
					+ HORIZON_END.minusDays(1));
		}
		return (int) day;
	}

	@Override
	public String toString() {
		return "WorkCalendar[" + this.name + "]";
	}

	/** Collects the working week and exceptions of a {@link WorkCalendar}. */
	public static final class Builder {

		private final String name;

		private final Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);

		private final Map<LocalDate, List<WorkingTime>> exceptions = new TreeMap<>();

		private Builder(String name) {
			this.name = name;
		}

		/** Sets the hours of the given weekdays; other weekdays keep theirs. */
		public Builder workWeek(Iterable<DayOfWeek> days, WorkingTime... hours) {
			List<WorkingTime> ranges = checked(hours);
			for (DayOfWeek day : days) {
				this.week.put(day, ranges);
			}
			return this;
		}

		public Builder nonWorking(DayOfWeek day) {
			this.week.put(day, List.of());
			return this;
		}

		/** A non-working date. */
		public Builder holiday(LocalDate date) {
			this.exceptions.put(date, List.of());
			return this;
		}

		/** Non-working dates from {@code from} to {@code to}, both included. */
		public Builder holidays(LocalDate from, LocalDate to) {
			for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
				holiday(date);
			}
			return this;
		}

		/** A date worked with its own hours, whatever its weekday. */
		public Builder workingDay(LocalDate date, WorkingTime... hours) {
			this.exceptions.put(date, checked(hours));
			return this;
		}

		public WorkCalendar build() {
			return new WorkCalendar(this.name, this.week, this.exceptions);
		}

		private static List<WorkingTime> checked(WorkingTime... hours) {
			WorkingTime[] sorted = hours.clone();
			Arrays.sort(sorted, (a, b) -> Integer.compare(a.fromMinute(), b.fromMinute()));
			for (int i = 1; i < sorted.length; i++) {
				if (sorted[i].fromMinute() < sorted[i - 1].toMinute()) {
					throw new IllegalArgumentException(
							"working times " + sorted[i - 1] + " and " + sorted[i] + " overlap");
				}
			}
			return List.of(sorted);
		}

	}

}
