package org.agilepmo.engine.levelling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Levels a {@link LevellingProblem}: the entry point for single priority-rule passes and
 * for the metaheuristic.
 * <p>
 * The metaheuristic is Hartmann's genetic algorithm with the activity-list encoding (S.
 * Hartmann, "A competitive genetic algorithm for resource-constrained project
 * scheduling", Naval Research Logistics 45, 1998): lists decoded by the serial SGS,
 * adjacent-swap mutation, ranking selection over parents and children; the crossover is
 * the peak crossover of Valls, Ballestín and Quintanilla (2008), which keeps a parent's
 * order where its schedule uses the resources best. Every child is improved by
 * forward-backward justification (Valls, Ballestín and Quintanilla 2005) and its list
 * replaced by the order of the justified starts. The first population comes from every
 * priority rule with both schemes, then regret-based biased random sampling on the latest
 * finish time. Each schedule generated (forward or backward) counts against the budget,
 * as in the Kolisch and Hartmann (2006) comparisons. Each generation's children are
 * decoded on both cores, and taken in their order, so the result does not depend on how
 * many cores ran them. Islands (optional) are independent populations run in turn with
 * their own seeds and a share of the budget; the best wins, ties to the first.
 */
public final class Leveller {

	private static final int POPULATION = 40;

	private static final double MUTATION = 0.05;

	private Leveller() {
	}

	/** One pass of a scheme with a priority rule. */
	public static LevelledSchedule priorityRule(LevellingProblem problem, Scheme scheme, PriorityRule rule) {
		long t0 = System.nanoTime();
		Decoder decoder = new Decoder(problem);
		int[] es = new int[problem.n];
		int[] ls = new int[problem.n];
		decoder.criticalPath(es, ls);
		double[] key = rule.keys(problem, es, ls);
		if (scheme == Scheme.SERIAL) {
			decoder.serial(decoder.order(key));
		}
		else {
			decoder.parallel(key);
		}
		return new LevelledSchedule(decoder.start.clone(), decoder.finish.clone(), decoder.makespan, decoder.overload,
				decoder.schedules, System.nanoTime() - t0);
	}

	/** The early starts with resources ignored: the unlevelled plan. */
	public static LevelledSchedule unlevelled(LevellingProblem problem) {
		Decoder decoder = new Decoder(problem);
		int[] es = new int[problem.n];
		int[] ls = new int[problem.n];
		decoder.criticalPath(es, ls);
		int[] finish = new int[problem.n];
		int makespan = 0;
		for (int i = 0; i < problem.n; i++) {
			finish[i] = problem.finishOf(i, es[i]);
			makespan = Math.max(makespan, finish[i]);
		}
		return new LevelledSchedule(es, finish, makespan, FeasibilityCheck.overload(problem, es), 0, 0);
	}

	/** The genetic algorithm with justification, within the options' budget. */
	public static LevelledSchedule level(LevellingProblem problem, LevellingOptions options) {
		return level(problem, options, Math.min(2, Runtime.getRuntime().availableProcessors()));
	}

	/** The same on at most {@code cores} threads (the tests compare one with two). */
	static LevelledSchedule level(LevellingProblem problem, LevellingOptions options, int cores) {
		long t0 = System.nanoTime();
		long deadline = options.timeLimitMillis() > 0 ? t0 + options.timeLimitMillis() * 1_000_000L : Long.MAX_VALUE;
		int islands = options.islands();
		long share = options.schedules() == 0 ? Long.MAX_VALUE : Math.max(1, options.schedules() / islands);
		int threads = problem.n < 3 ? 1 : Math.max(1, cores);
		ExecutorService pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
			Thread t = new Thread(r, "levelling");
			t.setDaemon(true);
			return t;
		});
		Island best = null;
		long schedules = 0;
		try {
			for (int k = 0; k < islands; k++) {
				Island run = new Island(problem, share, options.seed() * 1_000_003L + k, deadline, pool, threads);
				run.run();
				schedules += run.used();
				if (best == null || Decoder.compare(run.bestOverload, run.bestMakespan, run.bestWeighted,
						best.bestOverload, best.bestMakespan, best.bestWeighted) < 0) {
					best = run;
				}
			}
		}
		finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
		if (best == null || best.bestStart == null) {
			// The time limit ran out before the first schedule was done (plans of
			// thousands of activities): one serial pass under MS Project's rule.
			return priorityRule(problem, Scheme.SERIAL, PriorityRule.MICROSOFT_STANDARD);
		}
		int[] finish = new int[problem.n];
		for (int i = 0; i < problem.n; i++) {
			finish[i] = problem.finishOf(i, best.bestStart[i]);
		}
		return new LevelledSchedule(best.bestStart, finish, best.bestMakespan, best.bestOverload, schedules,
				System.nanoTime() - t0);
	}

	private record Individual(int[] list, long overload, int makespan, long weighted, int[] starts) {

		int compareTo(Individual o) {
			return Decoder.compare(this.overload, this.makespan, this.weighted, o.overload, o.makespan, o.weighted);
		}

	}

	/** An evaluated list and the best schedule its passes produced. */
	private record Outcome(Individual individual, long overload, int makespan, long weighted, int[] starts) {
	}

	/**
	 * One population. Children are made one generation at a time with the island's random
	 * numbers, then decoded on as many threads as there are decoders; each evaluation
	 * depends only on its list, and the outcomes are taken in the children's order, so
	 * the result is the same on one core or two.
	 */
	private static final class Island {

		/** Schedules one evaluation may take: forward, backward, forward. */
		private static final int PER_EVALUATION = 3;

		private final LevellingProblem p;

		private final Decoder[] decoders;

		private final ExecutorService pool;

		private final long budget;

		private final SplittableRandom random;

		private final long deadline;

		int[] bestStart;

		long bestOverload = Long.MAX_VALUE;

		int bestMakespan = Integer.MAX_VALUE;

		long bestWeighted = Long.MAX_VALUE;

		/** The unlevelled plan's makespan and weighted starts: nothing can do better. */
		private int boundMakespan = -1;

		private long boundWeighted = -1;

		private boolean optimal;

		Island(LevellingProblem p, long budget, long seed, long deadline, ExecutorService pool, int threads) {
			this.p = p;
			this.decoders = new Decoder[threads];
			for (int t = 0; t < threads; t++) {
				this.decoders[t] = new Decoder(p);
			}
			this.pool = pool;
			this.budget = budget;
			this.random = new SplittableRandom(seed);
			this.deadline = deadline;
		}

		long used() {
			long total = 0;
			for (Decoder d : this.decoders) {
				total += d.schedules;
			}
			return total;
		}

		private boolean exhausted() {
			return used() >= this.budget || System.nanoTime() > this.deadline || this.optimal;
		}

		/**
		 * How many more evaluations fit in the budget, at least one while it is not
		 * spent.
		 */
		private int room(int wanted) {
			long left = this.budget - used();
			if (left <= 0 || System.nanoTime() > this.deadline || this.optimal) {
				return 0;
			}
			return (int) Math.max(1, Math.min(wanted, (left + PER_EVALUATION - 1) / PER_EVALUATION));
		}

		private void record(long overload, int makespan, long weighted, int[] starts) {
			if (Decoder.compare(overload, makespan, weighted, this.bestOverload, this.bestMakespan,
					this.bestWeighted) < 0) {
				this.bestOverload = overload;
				this.bestMakespan = makespan;
				this.bestWeighted = weighted;
				this.bestStart = starts.clone();
				this.optimal = overload == 0 && makespan == this.boundMakespan && weighted == this.boundWeighted;
			}
		}

		/**
		 * Decodes a list, justifies the schedule and answers the better list with its
		 * fitness.
		 */
		private Outcome evaluate(Decoder d, int[] list) {
			d.serial(list);
			int[] firstStarts = d.start.clone();
			Individual first = new Individual(list, d.overload, d.makespan, d.weightedStarts, firstStarts);
			Outcome outcome = new Outcome(first, d.overload, d.makespan, d.weightedStarts, firstStarts);
			if (this.p.n < 2) {
				return outcome;
			}
			int[] right = d.backward();
			if (right == null) {
				return outcome;
			}
			double[] key = new double[this.p.n];
			for (int i = 0; i < this.p.n; i++) {
				key[i] = right[i];
			}
			int[] justified = d.order(key);
			d.serial(justified);
			int[] secondStarts = d.start.clone();
			Individual second = new Individual(justified, d.overload, d.makespan, d.weightedStarts, secondStarts);
			if (second.compareTo(first) <= 0) {
				return new Outcome(second, d.overload, d.makespan, d.weightedStarts, secondStarts);
			}
			return outcome;
		}

		private void evaluateAll(List<int[]> lists, List<Individual> into) {
			int size = lists.size();
			Outcome[] out = new Outcome[size];
			int threads = this.pool == null || size < 2 ? 1 : this.decoders.length;
			List<Future<?>> running = new ArrayList<>();
			for (int t = 1; t < threads; t++) {
				int thread = t;
				running.add(this.pool.submit(() -> {
					for (int i = thread; i < size; i += threads) {
						out[i] = evaluate(this.decoders[thread], lists.get(i));
					}
				}));
			}
			for (int i = 0; i < size; i += threads) {
				out[i] = evaluate(this.decoders[0], lists.get(i));
			}
			try {
				for (Future<?> f : running) {
					f.get();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Levelling interrupted", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("Levelling failed", ex.getCause());
			}
			for (Outcome o : out) {
				record(o.overload(), o.makespan(), o.weighted(), o.starts());
				into.add(o.individual());
			}
		}

		void run() {
			int n = this.p.n;
			Decoder first = this.decoders[0];
			int[] es = new int[n];
			int[] ls = new int[n];
			first.criticalPath(es, ls);
			this.boundMakespan = 0;
			this.boundWeighted = 0;
			for (int i = 0; i < n; i++) {
				this.boundMakespan = Math.max(this.boundMakespan, this.p.finishOf(i, es[i]));
				this.boundWeighted += (long) es[i] * (1 + this.p.priority[i] / 100);
			}
			List<int[]> lists = new ArrayList<>();
			for (PriorityRule rule : PriorityRule.values()) {
				if (room(lists.size() + 1) <= lists.size()) {
					break;
				}
				double[] key = rule.keys(this.p, es, ls);
				lists.add(first.order(key));
				first.parallel(key);
				record(first.overload, first.makespan, first.weightedStarts, first.start);
				double[] byStart = new double[n];
				for (int i = 0; i < n; i++) {
					byStart[i] = first.start[i];
				}
				lists.add(first.order(byStart));
			}
			List<Individual> population = new ArrayList<>();
			lists = lists.subList(0, Math.min(lists.size(), room(lists.size())));
			evaluateAll(lists, population);
			double[] lft = PriorityRule.LATEST_FINISH.keys(this.p, es, ls);
			fill(population, POPULATION, lft);
			population.sort(Individual::compareTo);
			while (population.size() > POPULATION) {
				population.remove(population.size() - 1);
			}
			if (n < 2) {
				return;
			}
			while (!exhausted()) {
				int size = population.size();
				int[] pairing = new int[size];
				for (int i = 0; i < size; i++) {
					pairing[i] = i;
				}
				for (int i = size - 1; i > 0; i--) {
					int j = this.random.nextInt(i + 1);
					int tmp = pairing[i];
					pairing[i] = pairing[j];
					pairing[j] = tmp;
				}
				int wanted = room(size - size % 2);
				List<int[]> children = new ArrayList<>(wanted);
				for (int i = 0; i + 1 < size && children.size() < wanted; i += 2) {
					Individual mother = population.get(pairing[i]);
					Individual father = population.get(pairing[i + 1]);
					children.add(mutate(peak(mother, father)));
					if (children.size() < wanted) {
						children.add(mutate(peak(father, mother)));
					}
				}
				// Two immigrants a generation keep a converged population from being
				// trapped.
				for (int i = room(wanted + 2) - wanted; i > 0; i--) {
					children.add(this.decoders[0].sample(lft, this.random));
				}
				evaluateAll(children, population);
				population.sort(Individual::compareTo);
				dropDuplicates(population);
				while (population.size() > POPULATION) {
					population.remove(population.size() - 1);
				}
				// A population that has converged to a few lists is topped up with fresh
				// samples.
				fill(population, POPULATION / 2, lft);
				population.sort(Individual::compareTo);
			}
		}

		private void fill(List<Individual> population, int target, double[] lft) {
			int count = room(target - population.size());
			if (population.size() >= target || count == 0) {
				return;
			}
			List<int[]> samples = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				samples.add(this.decoders[0].sample(lft, this.random));
			}
			evaluateAll(samples, population);
		}

		/**
		 * Valls, Ballestín and Quintanilla's peak crossover (2008): the child keeps the
		 * mother's order for the activities she starts in her most heavily used interval
		 * (the peak, where her schedule packs resources best), and takes the father's
		 * order for the activities she starts before and after it. The list is then made
		 * precedence-feasible by the decoder's ordering (general links may order starts
		 * against the list).
		 */
		private int[] peak(Individual mother, Individual father) {
			int n = this.p.n;
			int span = Math.max(1, mother.makespan());
			double[] use = new double[span + 1];
			int resources = this.p.resourceCount();
			for (int i = 0; i < n; i++) {
				int s = mother.starts()[i];
				int f = Math.min(span, this.p.finishOf(i, s));
				for (int k = 0; k < resources; k++) {
					int demand = this.p.demand(i, k);
					if (demand == 0) {
						continue;
					}
					for (int t = Math.max(0, s); t < f; t++) {
						if (this.p.works(i, t)) {
							int cap = this.p.capacity(k, t);
							use[t] += cap <= 0 ? 1 : (double) demand / cap;
						}
					}
				}
			}
			int length = 1 + this.random.nextInt(Math.max(1, span / 2));
			double window = 0;
			for (int t = 0; t < Math.min(length, span); t++) {
				window += use[t];
			}
			double bestWindow = window;
			int t1 = 0;
			for (int t = length; t < span; t++) {
				window += use[t] - use[t - length];
				if (window > bestWindow) {
					bestWindow = window;
					t1 = t - length + 1;
				}
			}
			int t2 = t1 + length;
			int[] fatherAt = new int[n];
			for (int i = 0; i < n; i++) {
				fatherAt[father.list()[i]] = i;
			}
			int[] motherAt = new int[n];
			for (int i = 0; i < n; i++) {
				motherAt[mother.list()[i]] = i;
			}
			double[] key = new double[n];
			for (int i = 0; i < n; i++) {
				int s = mother.starts()[i];
				int group = s < t1 ? 0 : s < t2 ? 1 : 2;
				key[i] = group * 2.0 * n + (group == 1 ? motherAt[i] : fatherAt[i]);
			}
			return this.decoders[0].order(key);
		}

		private int[] mutate(int[] list) {
			for (int i = 0; i + 1 < list.length; i++) {
				if (this.random.nextDouble() < MUTATION && !this.decoders[0].linked(list[i], list[i + 1])) {
					int tmp = list[i];
					list[i] = list[i + 1];
					list[i + 1] = tmp;
				}
			}
			return list;
		}

		/** Identical lists add nothing to the population; keep the first of each. */
		private static void dropDuplicates(List<Individual> sorted) {
			for (int i = sorted.size() - 1; i > 0; i--) {
				Individual a = sorted.get(i);
				Individual b = sorted.get(i - 1);
				if (a.compareTo(b) == 0 && Arrays.equals(a.list(), b.list())) {
					sorted.remove(i);
				}
			}
		}

	}

}
