package org.agilepmo.engine.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.RepeatedSchedule;

/**
 * Quantitative schedule and cost risk analysis by Monte Carlo simulation (the method of
 * Van Slyke, "Monte Carlo methods and the PERT problem", Operations Research 11(5),
 * 1963): each iteration draws every estimated duration and every risk event and schedules
 * the plan with the full critical path method of {@link CriticalPath} (its logic, lags,
 * calendars, constraints and progress), through a {@link RepeatedSchedule} per thread.
 * <p>
 * The samples are a function of the seed, the input and the iteration number alone
 * ({@link Streams}), so the iterations are shared between threads in chunks and the
 * result is the same for any number of threads.
 */
public final class MonteCarlo {

	private static final int CHUNK = 64;

	private final RiskModel model;

	private final Simulation simulation;

	private final Monitor monitor;

	private final Network network;

	private final int n;

	/** The activities whose duration varies, and each one's estimate. */
	private final int[] varied;

	private final Estimate[] estimate;

	private final PertQuantiles[] pert;

	/** A group's rearranged percentiles per varied activity, or null. */
	private final double[][] column;

	private final RiskEvent[] events;

	/** Activities hit by an event whose duration does not vary otherwise. */
	private final int[] reset;

	/** Activities whose cost varies (estimated or hit by an event) and what they cost. */
	private final int[] costed;

	private final double constantCost;

	private final Streams streams;

	private final int iterations;

	private final int[] finish;

	private final double[] cost;

	private final int[][] milestoneFinish;

	private final int[] critical;

	private MonteCarlo(RiskModel model, Simulation simulation, Monitor monitor) {
		this.model = model;
		this.simulation = simulation;
		this.monitor = (monitor != null) ? monitor : Monitor.NONE;
		this.network = model.network;
		this.n = this.network.activityCount();
		this.iterations = simulation.iterations();
		int[] list = new int[this.n];
		int count = 0;
		for (int a = 0; a < this.n; a++) {
			if (model.estimates[a] != null && model.estimates[a].varies()) {
				list[count++] = a;
			}
		}
		this.varied = Arrays.copyOf(list, count);
		this.estimate = new Estimate[count];
		this.pert = new PertQuantiles[count];
		for (int j = 0; j < count; j++) {
			Estimate e = model.estimates[this.varied[j]];
			this.estimate[j] = e;
			if (e.distribution() == Distribution.PERT) {
				this.pert[j] = PertQuantiles.of((e.mostLikely() - e.minimum()) / (double) (e.maximum() - e.minimum()));
			}
		}
		this.events = model.events.toArray(new RiskEvent[0]);
		this.streams = new Streams(simulation.seed(), count + 2 * this.events.length, this.iterations,
				simulation.sampling());
		this.column = new double[count][];
		int g = 0;
		for (CorrelationGroup group : model.groups) {
			int[] members = group.activities();
			double[][] columns = new double[members.length][];
			int[] positions = new int[members.length];
			for (int m = 0; m < members.length; m++) {
				positions[m] = Arrays.binarySearch(this.varied, members[m]);
				columns[m] = new double[this.iterations];
				for (int i = 0; i < this.iterations; i++) {
					columns[m][i] = this.streams.percentile(positions[m], i);
				}
			}
			ImanConover.correlate(columns, group.coefficient(),
					Streams.mix(simulation.seed() ^ (++g * 0x632BE59BD9B4E019L)));
			for (int m = 0; m < members.length; m++) {
				this.column[positions[m]] = columns[m];
			}
		}
		boolean[] varies = new boolean[this.n];
		for (int a : this.varied) {
			varies[a] = true;
		}
		for (RiskEvent e : this.events) {
			for (int a : e.activitiesShared()) {
				varies[a] = true;
			}
		}
		count = 0;
		for (int a = 0; a < this.n; a++) {
			if (varies[a] && Arrays.binarySearch(this.varied, a) < 0) {
				list[count++] = a;
			}
		}
		this.reset = Arrays.copyOf(list, count);
		double constant = 0;
		count = 0;
		for (int a = 0; a < this.n; a++) {
			constant += model.fixedCost[a];
			if (varies[a] && model.costPerMinute[a] != 0) {
				list[count++] = a;
			}
			else {
				constant += model.costPerMinute[a] * this.network.durationMinutes(a);
			}
		}
		this.costed = Arrays.copyOf(list, count);
		this.constantCost = constant;
		this.finish = new int[this.iterations];
		this.cost = new double[this.iterations];
		this.milestoneFinish = new int[model.milestones.length][this.iterations];
		this.critical = new int[this.n];
	}

	/**
	 * Runs the simulation.
	 * @throws CancellationException if {@code monitor} asked to stop
	 * @throws org.agilepmo.engine.schedule.ScheduleException if the plan has a loop
	 */
	public static RiskAnalysis simulate(RiskModel model, Simulation simulation, Monitor monitor) {
		return new MonteCarlo(model, simulation, monitor).run();
	}

	/** A run set up and its correlated samples drawn, not yet started. */
	static MonteCarlo prepare(RiskModel model, Simulation simulation) {
		return new MonteCarlo(model, simulation, Monitor.NONE);
	}

	/**
	 * The rank correlation of two estimated activities' samples, as drawn (before any
	 * risk event).
	 */
	double rankCorrelation(int activityA, int activityB) {
		int a = Arrays.binarySearch(this.varied, activityA);
		int b = Arrays.binarySearch(this.varied, activityB);
		double[] ua = new double[this.iterations];
		double[] ub = new double[this.iterations];
		for (int i = 0; i < this.iterations; i++) {
			ua[i] = percentile(a, i);
			ub[i] = percentile(b, i);
		}
		return pearson(percentileRanks(ua), percentileRanks(ub));
	}

	RiskAnalysis run() {
		// Sorting the network once also reports a loop before any thread starts.
		RepeatedSchedule first = RepeatedSchedule.of(this.network, this.model.projectCalendar);
		int threads = Math.max(1, Math.min(this.simulation.threads(), (this.iterations + CHUNK - 1) / CHUNK));
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		int[][] criticalCounts = new int[threads][];
		Thread[] workers = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			int number = t;
			RepeatedSchedule schedule = (t == 0) ? first
					: RepeatedSchedule.of(this.network, this.model.projectCalendar);
			criticalCounts[t] = new int[this.n];
			workers[t] = new Thread(() -> {
				try {
					work(schedule, criticalCounts[number], next, done, failure);
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
			}, "risk-simulation-" + t);
		}
		if (threads == 1) {
			workers[0].run();
		}
		else {
			for (Thread w : workers) {
				w.start();
			}
			for (Thread w : workers) {
				try {
					w.join();
				}
				catch (InterruptedException ex) {
					failure.compareAndSet(null, ex);
					Thread.currentThread().interrupt();
				}
			}
		}
		Throwable ex = failure.get();
		if (ex instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (ex instanceof Error error) {
			throw error;
		}
		if (ex != null) {
			throw new CancellationException("the simulation was interrupted");
		}
		for (int[] counts : criticalCounts) {
			for (int a = 0; a < this.n; a++) {
				this.critical[a] += counts[a];
			}
		}
		return results();
	}

	private void work(RepeatedSchedule schedule, int[] criticalCount, AtomicInteger next, AtomicInteger done,
			AtomicReference<Throwable> failure) {
		int[] durations = schedule.plannedDurations();
		int[] planned = schedule.plannedDurations();
		Network net = this.network;
		boolean[] task = new boolean[this.n];
		for (int a = 0; a < this.n; a++) {
			task[a] = net.kind(a) != ActivityKind.SUMMARY;
		}
		for (int chunk = next.getAndIncrement(); chunk * CHUNK < this.iterations
				&& failure.get() == null; chunk = next.getAndIncrement()) {
			if (this.monitor.cancelled()) {
				throw new CancellationException("the simulation was cancelled");
			}
			int end = Math.min(this.iterations, (chunk + 1) * CHUNK);
			for (int i = chunk * CHUNK; i < end; i++) {
				sample(i, durations, planned);
				schedule.schedule(durations);
				this.finish[i] = schedule.projectFinish();
				double c = this.constantCost;
				for (int a : this.costed) {
					c += this.model.costPerMinute[a] * durations[a];
				}
				for (int e = 0; e < this.events.length; e++) {
					if (occurs(e, i)) {
						c += this.events[e].cost();
					}
				}
				this.cost[i] = c;
				for (int m = 0; m < this.milestoneFinish.length; m++) {
					this.milestoneFinish[m][i] = schedule.earlyFinish(this.model.milestones[m]);
				}
				for (int a = 0; a < this.n; a++) {
					if (task[a] && schedule.isCritical(a)) {
						criticalCount[a]++;
					}
				}
			}
			this.monitor.progress(done.addAndGet(end - chunk * CHUNK) / (double) this.iterations);
		}
	}

	/** Fills {@code durations} with iteration {@code i}'s draws. */
	private void sample(int i, int[] durations, int[] planned) {
		for (int j = 0; j < this.varied.length; j++) {
			double u = percentile(j, i);
			Estimate e = this.estimate[j];
			PertQuantiles table = this.pert[j];
			int d;
			if (table != null) {
				d = (int) Math.round(e.minimum() + (e.maximum() - e.minimum()) * table.quantile(u));
			}
			else {
				d = e.sample(u);
			}
			durations[this.varied[j]] = d;
		}
		// An activity without an estimate starts again from its plan each time.
		for (int a : this.reset) {
			durations[a] = planned[a];
		}
		for (int e = 0; e < this.events.length; e++) {
			if (occurs(e, i)) {
				RiskEvent event = this.events[e];
				int delay = event.delay().sample(this.streams.percentile(this.varied.length + 2 * e + 1, i));
				for (int a : event.activitiesShared()) {
					durations[a] += delay;
				}
			}
		}
	}

	private double percentile(int j, int i) {
		double[] c = this.column[j];
		return (c != null) ? c[i] : this.streams.percentile(j, i);
	}

	private boolean occurs(int e, int i) {
		return this.streams.percentile(this.varied.length + 2 * e, i) < this.events[e].probability();
	}

	private RiskAnalysis results() {
		WorkCalendar calendar = this.model.projectCalendar;
		double[] finishMinutes = new double[this.iterations];
		double[] finishWork = new double[this.iterations];
		for (int i = 0; i < this.iterations; i++) {
			finishMinutes[i] = this.finish[i];
			finishWork[i] = calendar.workIndex(this.finish[i]);
		}
		double[] rank = ranks(finishWork);
		Map<String, Outcomes> milestones = new LinkedHashMap<>();
		for (int m = 0; m < this.milestoneFinish.length; m++) {
			double[] values = new double[this.iterations];
			for (int i = 0; i < this.iterations; i++) {
				values[i] = this.milestoneFinish[m][i];
			}
			milestones.put(this.network.id(this.model.milestones[m]), new Outcomes(values));
		}
		double[] correlation = new double[this.n];
		double[] u = new double[this.iterations];
		for (int j = 0; j < this.varied.length; j++) {
			int a = this.varied[j];
			if (this.critical[a] == 0) {
				continue;
			}
			for (int i = 0; i < this.iterations; i++) {
				u[i] = percentile(j, i);
			}
			correlation[a] = pearson(percentileRanks(u), rank);
		}
		List<ActivityRisk> activities = new ArrayList<>();
		for (int a = 0; a < this.n; a++) {
			if (this.network.kind(a) == ActivityKind.SUMMARY) {
				continue;
			}
			double criticality = this.critical[a] / (double) this.iterations;
			activities.add(new ActivityRisk(a, this.network.id(a), this.network.name(a), criticality, correlation[a],
					criticality * correlation[a]));
		}
		List<EventRisk> events = new ArrayList<>();
		for (int e = 0; e < this.events.length; e++) {
			double[] sums = new double[4];
			int happened = 0;
			for (int i = 0; i < this.iterations; i++) {
				int k = occurs(e, i) ? 0 : 2;
				happened += (k == 0) ? 1 : 0;
				sums[k] += finishWork[i];
				sums[k + 1] += this.cost[i];
			}
			int missed = this.iterations - happened;
			double delay = (happened > 0 && missed > 0) ? sums[0] / happened - sums[2] / missed : 0;
			double more = (happened > 0 && missed > 0) ? sums[1] / happened - sums[3] / missed : 0;
			double share = happened / (double) this.iterations;
			RiskEvent event = this.events[e];
			events.add(new EventRisk(event.id(), event.name(), event.probability(), share, delay, more, share * delay));
		}
		events.sort(Comparator.comparingDouble((EventRisk e) -> -e.expectedDelay()).thenComparing(EventRisk::id));
		return new RiskAnalysis(this.simulation, plannedFinish(), new Outcomes(finishMinutes), milestones,
				new Outcomes(this.cost), List.copyOf(activities), List.copyOf(events));
	}

	private java.time.LocalDateTime plannedFinish() {
		return CriticalPath.schedule(this.network, this.model.projectCalendar).projectFinish();
	}

	/**
	 * The ranks of percentiles: a Latin hypercube's are its strata; plain samples are
	 * sorted (as one primitive array, the percentile's bits above the iteration number).
	 */
	private double[] percentileRanks(double[] u) {
		int n = u.length;
		double[] rank = new double[n];
		if (this.simulation.sampling() == Sampling.LATIN_HYPERCUBE) {
			for (int i = 0; i < n; i++) {
				rank[i] = Math.min(n - 1, (int) (u[i] * n)) + 1;
			}
			return rank;
		}
		long[] keyed = new long[n];
		for (int i = 0; i < n; i++) {
			keyed[i] = ((long) (u[i] * (1L << 40)) << 23) | i;
		}
		Arrays.sort(keyed);
		for (int r = 0; r < n; r++) {
			rank[(int) (keyed[r] & ((1 << 23) - 1))] = r + 1;
		}
		return rank;
	}

	/** Ranks 1..n, ties sharing their mean rank. */
	static double[] ranks(double[] values) {
		int n = values.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
		double[] rank = new double[n];
		for (int i = 0; i < n;) {
			int j = i;
			while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			double r = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				rank[order[k]] = r;
			}
			i = j + 1;
		}
		return rank;
	}

	static double pearson(double[] x, double[] y) {
		int n = x.length;
		double mx = 0;
		double my = 0;
		for (int i = 0; i < n; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= n;
		my /= n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < n; i++) {
			double dx = x[i] - mx;
			double dy = y[i] - my;
			sxy += dx * dy;
			sxx += dx * dx;
			syy += dy * dy;
		}
		return (sxx > 0 && syy > 0) ? sxy / Math.sqrt(sxx * syy) : 0;
	}

}
