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
 * two-point crossover that keeps lists precedence-feasible, adjacent-swap mutation,
 * ranking selection over parents and children. Every child is improved by
 * forward-backward justification (Valls, Ballestín and Quintanilla 2005) and its list
 * replaced by the order of the justified starts. The first population comes from every
 * priority rule with both schemes, then regret-based biased random sampling on the latest
 * finish time. Each schedule generated (forward or backward) counts against the budget,
 * as in the Kolisch and Hartmann (2006) comparisons. Islands are independent populations
 * with their own seeds; the best of them wins (ties to the first), so the result does not
 * depend on how many cores ran them.
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
		long t0 = System.nanoTime();
		long deadline = options.timeLimitMillis() > 0 ? t0 + options.timeLimitMillis() * 1_000_000L : Long.MAX_VALUE;
		int islands = options.islands();
		long share = options.schedules() == 0 ? Long.MAX_VALUE : Math.max(1, options.schedules() / islands);
		Island[] runs = new Island[islands];
		for (int k = 0; k < islands; k++) {
			runs[k] = new Island(problem, share, options.seed() * 1_000_003L + k, deadline);
		}
		int threads = Math.min(islands, Runtime.getRuntime().availableProcessors());
		if (threads <= 1 || problem.n < 3) {
			for (Island run : runs) {
				run.run();
			}
		}
		else {
			ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
				Thread t = new Thread(r, "levelling");
				t.setDaemon(true);
				return t;
			});
			try {
				List<Future<?>> done = new ArrayList<>();
				for (Island run : runs) {
					done.add(pool.submit(run));
				}
				for (Future<?> f : done) {
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
			finally {
				pool.shutdownNow();
			}
		}
		Island best = runs[0];
		long schedules = 0;
		for (Island run : runs) {
			schedules += run.decoder.schedules;
			if (Decoder.compare(run.bestOverload, run.bestMakespan, run.bestWeighted, best.bestOverload,
					best.bestMakespan, best.bestWeighted) < 0) {
				best = run;
			}
		}
		int[] finish = new int[problem.n];
		for (int i = 0; i < problem.n; i++) {
			finish[i] = problem.finishOf(i, best.bestStart[i]);
		}
		return new LevelledSchedule(best.bestStart, finish, best.bestMakespan, best.bestOverload, schedules,
				System.nanoTime() - t0);
	}

	private static final class Individual {

		final int[] list;

		final long overload;

		final int makespan;

		final long weighted;

		Individual(int[] list, long overload, int makespan, long weighted) {
			this.list = list;
			this.overload = overload;
			this.makespan = makespan;
			this.weighted = weighted;
		}

		int compareTo(Individual o) {
			return Decoder.compare(this.overload, this.makespan, this.weighted, o.overload, o.makespan, o.weighted);
		}

	}

	private static final class Island implements Runnable {

		private final LevellingProblem p;

		final Decoder decoder;

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

		Island(LevellingProblem p, long budget, long seed, long deadline) {
			this.p = p;
			this.decoder = new Decoder(p);
			this.budget = budget;
			this.random = new SplittableRandom(seed);
			this.deadline = deadline;
		}

		private boolean exhausted() {
			return this.decoder.schedules >= this.budget || System.nanoTime() > this.deadline || this.optimal;
		}

		private void record() {
			Decoder d = this.decoder;
			if (Decoder.compare(d.overload, d.makespan, d.weightedStarts, this.bestOverload, this.bestMakespan,
					this.bestWeighted) < 0) {
				this.bestOverload = d.overload;
				this.bestMakespan = d.makespan;
				this.bestWeighted = d.weightedStarts;
				this.bestStart = d.start.clone();
				this.optimal = d.overload == 0 && d.makespan == this.boundMakespan
						&& d.weightedStarts == this.boundWeighted;
			}
		}

		/**
		 * Decodes a list, justifies the schedule and answers the better list with its
		 * fitness.
		 */
		private Individual evaluate(int[] list) {
			Decoder d = this.decoder;
			d.serial(list);
			record();
			Individual first = new Individual(list, d.overload, d.makespan, d.weightedStarts);
			if (exhausted() || this.p.n < 2) {
				return first;
			}
			int[] right = d.backward();
			if (right == null || exhausted()) {
				return first;
			}
			double[] key = new double[this.p.n];
			for (int i = 0; i < this.p.n; i++) {
				key[i] = right[i];
			}
			int[] justified = d.order(key);
			d.serial(justified);
			record();
			Individual second = new Individual(justified, d.overload, d.makespan, d.weightedStarts);
			return second.compareTo(first) <= 0 ? second : first;
		}

		@Override
		public void run() {
			int n = this.p.n;
			int[] es = new int[n];
			int[] ls = new int[n];
			this.decoder.criticalPath(es, ls);
			this.boundMakespan = 0;
			this.boundWeighted = 0;
			for (int i = 0; i < n; i++) {
				this.boundMakespan = Math.max(this.boundMakespan, this.p.finishOf(i, es[i]));
				this.boundWeighted += (long) es[i] * (1 + this.p.priority[i] / 100);
			}
			List<Individual> population = new ArrayList<>();
			for (PriorityRule rule : PriorityRule.values()) {
				double[] key = rule.keys(this.p, es, ls);
				population.add(evaluate(this.decoder.order(key)));
				if (exhausted()) {
					return;
				}
				this.decoder.parallel(key);
				record();
				double[] byStart = new double[n];
				for (int i = 0; i < n; i++) {
					byStart[i] = this.decoder.start[i];
				}
				population.add(evaluate(this.decoder.order(byStart)));
				if (exhausted()) {
					return;
				}
			}
			double[] lft = PriorityRule.LATEST_FINISH.keys(this.p, es, ls);
			while (population.size() < POPULATION && !exhausted()) {
				population.add(evaluate(this.decoder.sample(lft, this.random)));
			}
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
				List<Individual> children = new ArrayList<>(size);
				for (int i = 0; i + 1 < size && !exhausted(); i += 2) {
					int[] mother = population.get(pairing[i]).list;
					int[] father = population.get(pairing[i + 1]).list;
					int q1 = this.random.nextInt(n);
					int q2 = q1 + this.random.nextInt(n - q1 + 1);
					children.add(evaluate(mutate(crossover(mother, father, q1, q2))));
					if (!exhausted()) {
						children.add(evaluate(mutate(crossover(father, mother, q1, q2))));
					}
				}
				population.addAll(children);
				population.sort(Individual::compareTo);
				dropDuplicates(population);
				while (population.size() > POPULATION) {
					population.remove(population.size() - 1);
				}
				// A population that has converged to a few lists is topped up with fresh
				// samples.
				while (population.size() < POPULATION / 2 && !exhausted()) {
					population.add(evaluate(this.decoder.sample(lft, this.random)));
				}
				population.sort(Individual::compareTo);
			}
		}

		/**
		 * Hartmann's two-point crossover: [0, q1) from the first, [q1, q2) from the
		 * second, rest from the first.
		 */
		private int[] crossover(int[] first, int[] second, int q1, int q2) {
			int n = first.length;
			boolean[] taken = new boolean[n];
			int[] child = new int[n];
			int at = 0;
			for (int i = 0; i < q1; i++) {
				child[at++] = first[i];
				taken[first[i]] = true;
			}
			for (int i = 0; i < n && at < q2; i++) {
				if (!taken[second[i]]) {
					child[at++] = second[i];
					taken[second[i]] = true;
				}
			}
			for (int i = 0; i < n && at < n; i++) {
				if (!taken[first[i]]) {
					child[at++] = first[i];
					taken[first[i]] = true;
				}
			}
			return child;
		}

		private int[] mutate(int[] list) {
			for (int i = 0; i + 1 < list.length; i++) {
				if (this.random.nextDouble() < MUTATION && !this.decoder.linked(list[i], list[i + 1])) {
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
				if (a.compareTo(b) == 0 && Arrays.equals(a.list, b.list)) {
					sorted.remove(i);
				}
			}
		}

	}

}
