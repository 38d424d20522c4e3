package org.agilepmo.bench;

import java.util.concurrent.TimeUnit;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Forward and backward pass with floats on random networks ({@link RandomProject#large}):
 * about two links per activity, all four link types, lags, a five-day calendar with
 * holidays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx4g", "-XX:+UseParallelGC" })
public class CriticalPathBenchmark {

	@Param({ "10000", "100000", "1000000" })
	public int activities;

	private Network network;

	private WorkCalendar calendar;

	@Setup
	public void generate() {
		RandomProject project = RandomProject.large(this.activities, 42);
		this.network = project.toNetwork();
		this.calendar = project.calendars[0];
	}

	@Benchmark
	public Schedule schedule() {
		return CriticalPath.schedule(this.network, this.calendar);
	}

}
