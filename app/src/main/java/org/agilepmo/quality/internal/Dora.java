package org.agilepmo.quality.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * DORA's four keys over a window, from plain facts (Forsgren, Humble, Kim, "Accelerate",
 * 2018, chapter 2; the State of DevOps reports):
 * <ul>
 * <li>deployment frequency: successful deployments per day (and per week) in the
 * window;</li>
 * <li>lead time for changes: the median, over the changes deployed in the window, of
 * deployment time minus commit time;</li>
 * <li>change failure rate: deployments in the window that failed or caused an incident,
 * over all deployments in the window;</li>
 * <li>time to restore service: the median, over the incidents resolved in the window, of
 * resolution time minus opening time.</li>
 * </ul>
 * The weekly series cut the same facts into UTC weeks starting on Monday. No Spring, no
 * database: the service maps its rows to these facts.
 */
public final class Dora {

	private Dora() {
	}

	/**
	 * A deployment: when, whether it failed, and whether an incident was traced to it.
	 */
	public record DeploymentFact(long id, Instant deployedAt, boolean failed, boolean causedIncident) {

		boolean isFailure() {
			return this.failed || this.causedIncident;
		}

	}

	/**
	 * A change: when it was committed and when it reached production (or {@code null}).
	 */
	public record ChangeFact(long id, Instant committedAt, Instant deployedAt) {

		Duration leadTime() {
			return Duration.between(this.committedAt, this.deployedAt);
		}

	}

	/** An incident: when it was opened and when resolved (or {@code null}). */
	public record IncidentFact(long id, Instant openedAt, Instant resolvedAt) {

		Duration timeToRestore() {
			return Duration.between(this.openedAt, this.resolvedAt);
		}

	}

	/** The half-open interval {@code [from, to)}. */
	public record Window(Instant from, Instant to) {

		public Window {
			if (!from.isBefore(to)) {
				throw new IllegalArgumentException("A window ends after it starts");
			}
		}

		/** The {@code days} days ending at {@code to}. */
		public static Window lastDays(Instant to, int days) {
			return new Window(to.minus(Duration.ofDays(days)), to);
		}

		boolean contains(Instant t) {
			return t != null && !t.isBefore(this.from) && t.isBefore(this.to);
		}

		double days() {
			return Duration.between(this.from, this.to).toMillis() / 86_400_000.0;
		}

	}

	/**
	 * The four keys and the band each reaches ({@code null} where there is nothing to
	 * measure).
	 */
	public record Figures(int deployments, int successfulDeployments, double deploymentsPerDay, int deployedChanges,
			Duration medianLeadTime, int failures, Double changeFailureRate, int restored, Duration medianTimeToRestore,
			Band frequencyBand, Band leadTimeBand, Band failureRateBand, Band restoreBand) {

		public double deploymentsPerWeek() {
			return this.deploymentsPerDay * 7;
		}

		/** The band the squad reaches overall: its weakest key's. */
		public Band band() {
			return Band.worse(Band.worse(this.frequencyBand, this.leadTimeBand),
					Band.worse(this.failureRateBand, this.restoreBand));
		}

	}

	/** One week of the series: the week's Monday and its figures. */
	public record Week(LocalDate monday, Figures figures) {

	}

	public static Figures figures(Window window, Collection<DeploymentFact> deployments, Collection<ChangeFact> changes,
			Collection<IncidentFact> incidents) {
		List<DeploymentFact> deployed = deployments.stream().filter(d -> window.contains(d.deployedAt())).toList();
		int successful = (int) deployed.stream().filter(d -> !d.failed()).count();
		int failures = (int) deployed.stream().filter(DeploymentFact::isFailure).count();
		List<Duration> leads = changes.stream()
			.filter(c -> window.contains(c.deployedAt()))
			.map(ChangeFact::leadTime)
			.toList();
		List<Duration> restores = incidents.stream()
			.filter(i -> window.contains(i.resolvedAt()))
			.map(IncidentFact::timeToRestore)
			.toList();
		double perDay = successful / window.days();
		Duration lead = median(leads);
		Double rate = deployed.isEmpty() ? null : (double) failures / deployed.size();
		Duration restore = median(restores);
		return new Figures(deployed.size(), successful, perDay, leads.size(), lead, failures, rate, restores.size(),
				restore, Band.ofFrequency(perDay), Band.ofLeadTime(lead), Band.ofFailureRate(rate),
				Band.ofTimeToRestore(restore));
	}

	/** The figures of every week (Monday to Sunday, UTC) that the window touches. */
	public static List<Week> weekly(Window window, Collection<DeploymentFact> deployments,
			Collection<ChangeFact> changes, Collection<IncidentFact> incidents) {
		List<Week> weeks = new ArrayList<>();
		LocalDate monday = mondayOf(window.from());
		while (monday.atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(window.to())) {
			Instant start = monday.atStartOfDay().toInstant(ZoneOffset.UTC);
			Instant end = monday.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			Window week = new Window(start.isBefore(window.from()) ? window.from() : start,
					end.isAfter(window.to()) ? window.to() : end);
			weeks.add(new Week(monday, figures(week, deployments, changes, incidents)));
			monday = monday.plusWeeks(1);
		}
		return weeks;
	}

	/** The Monday of the UTC week holding the instant. */
	public static LocalDate mondayOf(Instant t) {
		return t.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The middle value, or the mean of the two middle ones; {@code null} when empty. */
	static Duration median(List<Duration> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Duration> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
	}

}
