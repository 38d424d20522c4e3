package org.agilepmo.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.engine.schedule.Network;

/**
 * A random acyclic project, the same for a given seed, as plain arrays that both our
 * engine and MPXJ can be fed from. Links only point from lower to higher activity
 * numbers, about two per activity, within a window of n/50 activities so that the project
 * length does not grow with its size. Durations are multiples of 20 minutes and
 * percentage lags multiples of 5%, so percentage lags are whole minutes in both tools.
 */
public final class RandomProject {

	public static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

	static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	public final int size;

	public final int[] duration;

	public final int[] calendar;

	public final ConstraintType[] constraint;

	public final LocalDateTime[] constraintDate;

	public final LocalDateTime[] deadline;

	public final int linkCount;

	public final int[] linkPred;

	public final int[] linkSucc;

	public final LinkType[] linkType;

	public final int[] lag;

	public final boolean[] lagPercent;

	public final List<LocalDate> holidays;

	/**
	 * The project calendar (index 0) and a second calendar some activities use (index 1).
	 */
	public final WorkCalendar[] calendars;

	private RandomProject(int size, int links) {
		this.size = size;
		this.duration = new int[size];
		this.calendar = new int[size];
		this.constraint = new ConstraintType[size];
		this.constraintDate = new LocalDateTime[size];
		this.deadline = new LocalDateTime[size];
		this.linkCount = links;
		this.linkPred = new int[links];
		this.linkSucc = new int[links];
		this.linkType = new LinkType[links];
		this.lag = new int[links];
		this.lagPercent = new boolean[links];
		this.holidays = new ArrayList<>();
		this.calendars = new WorkCalendar[2];
	}

	/** A large network for speed runs: links, lags and holidays, no constraints. */
	public static RandomProject large(int size, long seed) {
		return generate(size, seed, false, false);
	}

	/**
	 * A small network for comparisons: also constraints, deadlines and a second calendar
	 * on some activities.
	 */
	public static RandomProject small(int size, long seed) {
		return generate(size, seed, true, true);
	}

	private static RandomProject generate(int size, long seed, boolean constraints, boolean secondCalendar) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] preds = new int[size];
		int links = 0;
		for (int i = 1; i < size; i++) {
			preds[i] = 1 + random.nextInt(3);
			links += preds[i];
		}
		RandomProject p = new RandomProject(size, links);
		p.makeCalendars(random);
		int window = Math.max(20, size / 50);
		int l = 0;
		for (int i = 0; i < size; i++) {
			p.duration[i] = (random.nextInt(20) == 0) ? 0 : 20 * (1 + random.nextInt(120));
			p.calendar[i] = (secondCalendar && random.nextInt(8) == 0) ? 1 : 0;
			p.constraint[i] = ConstraintType.AS_SOON_AS_POSSIBLE;
			for (int k = 0; k < preds[i]; k++, l++) {
				p.linkPred[l] = i - 1 - random.nextInt(Math.min(i, window));
				p.linkSucc[l] = i;
				int type = random.nextInt(10);
				p.linkType[l] = (type < 7) ? LinkType.FINISH_START : LinkType.values()[type - 6];
				int lagKind = random.nextInt(20);
				if (lagKind < 5) {
					p.lag[l] = 30 * (random.nextInt(49) - 16);
				}
				else if (lagKind < 8) {
					p.lag[l] = 5 * (random.nextInt(31) - 10);
					p.lagPercent[l] = true;
				}
			}
			if (constraints) {
				p.constrain(i, random);
			}
		}
		return p;
	}

	private void makeCalendars(SplittableRandom random) {
		WorkCalendar.Builder standard = WorkCalendar.builder("Standard")
			.workWeek(WEEKDAYS, WorkingTime.parse("08:00-12:00"), WorkingTime.parse("13:00-17:00"));
		for (int year = 2026; year < 2060; year++) {
			for (LocalDate date : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1),
					LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26))) {
				this.holidays.add(date);
			}
		}
		for (int k = 0; k < 6; k++) {
			this.holidays.add(START.toLocalDate().plusDays(random.nextInt(400)));
		}
		for (LocalDate holiday : this.holidays) {
			standard.holiday(holiday);
		}
		this.calendars[0] = standard.build();
		this.calendars[1] = WorkCalendar.builder("Early shift")
			.workWeek(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
					WorkingTime.parse("07:00-11:30"), WorkingTime.parse("12:00-17:30"))
			.holiday(START.toLocalDate().plusDays(9))
			.build();
	}

	/**
	 * Start constraints fall on a working minute, finish constraints on the end of one.
	 */
	private void constrain(int i, SplittableRandom random) {
		int kind = random.nextInt(40);
		if (kind < 8 && kind >= 1) {
			ConstraintType type = ConstraintType.values()[kind];
			this.constraint[i] = type;
			if (type.isDated()) {
				WorkCalendar c = this.calendars[this.calendar[i]];
				LocalDateTime day = START.plusDays(random.nextInt(60)).toLocalDate().atTime(LocalTime.of(10, 0));
				boolean start = type == ConstraintType.START_NO_EARLIER_THAN
						|| type == ConstraintType.START_NO_LATER_THAN || type == ConstraintType.MUST_START_ON;
				LocalDateTime work = c.nextWorkStart(day);
				this.constraintDate[i] = start ? work : c.addWork(work, 60 * 6);
			}
		}
		if (random.nextInt(25) == 0) {
			WorkCalendar c = this.calendars[this.calendar[i]];
			this.deadline[i] = c.addWork(c.nextWorkStart(START.plusDays(random.nextInt(60))), 240);
		}
	}

	/** The project for our engine; activities are numbered as here. */
	public Network toNetwork() {
		Network.Builder b = Network.builder(START, this.size, this.linkCount);
		for (int i = 0; i < this.size; i++) {
			b.task("T" + i, null, this.duration[i]);
			if (this.calendar[i] != 0) {
				b.calendar(i, this.calendars[this.calendar[i]]);
			}
			if (this.constraint[i] != ConstraintType.AS_SOON_AS_POSSIBLE) {
				b.constrain(i, this.constraint[i], this.constraintDate[i]);
			}
			if (this.deadline[i] != null) {
				b.deadline(i, this.deadline[i]);
			}
		}
		for (int l = 0; l < this.linkCount; l++) {
			b.link(this.linkPred[l], this.linkSucc[l], this.linkType[l],
					this.lagPercent[l] ? Lag.percent(this.lag[l]) : Lag.minutes(this.lag[l]));
		}
		return b.build();
	}

}
