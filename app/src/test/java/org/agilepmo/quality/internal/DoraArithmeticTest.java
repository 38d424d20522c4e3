package org.agilepmo.quality.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.quality.internal.Dora.ChangeFact;
import org.agilepmo.quality.internal.Dora.DeploymentFact;
import org.agilepmo.quality.internal.Dora.Figures;
import org.agilepmo.quality.internal.Dora.IncidentFact;
import org.agilepmo.quality.internal.Dora.Week;
import org.agilepmo.quality.internal.Dora.Window;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DORA's four keys on a fortnight worked out by hand (2 to 16 November 2026, Monday to
 * Monday):
 * <ul>
 * <li>D1 2 Nov 10:00 ok; D2 4 Nov 15:00 ok, later traced to incident I1; D3 6 Nov 09:00
 * failed outright; D4 10 Nov 12:00 ok; D5 12 Nov 16:00 ok; D0 30 Oct (before the
 * window).</li>
 * <li>Changes: C1 2 Nov 08:00 → D1 (2 h); C2 3 Nov 15:00 → D2 (24 h); C3 4 Nov 09:00 → D2
 * (6 h); C4 9 Nov 12:00 → D4 (24 h); C5 12 Nov 04:00 → D5 (12 h); C6 13 Nov, never
 * deployed; C0 deployed by D0.</li>
 * <li>Incidents: I1 4 Nov 16:00 → 19:00 (3 h), caused by D2; I2 10 Nov 13:00 → 11 Nov
 * 01:00 (12 h); I3 14 Nov, still open.</li>
 * </ul>
 * By hand: 5 deployments, 4 of them successful, so 4 / 14 days = 2 per week (high); lead
 * times 2, 6, 12, 24, 24 h, median 12 h (elite); failures D2 and D3, 2 / 5 = 40 %
 * (medium); restores 3 h and 12 h, median 7.5 h (high); overall band medium (the weakest
 * key).
 */
class DoraArithmeticTest {

	static final Window FORTNIGHT = new Window(at("2026-11-02T00:00"), at("2026-11-16T00:00"));

	static final List<DeploymentFact> DEPLOYMENTS = List.of(new DeploymentFact(0, at("2026-10-30T10:00"), false, false),
			new DeploymentFact(1, at("2026-11-02T10:00"), false, false),
			new DeploymentFact(2, at("2026-11-04T15:00"), false, true),
			new DeploymentFact(3, at("2026-11-06T09:00"), true, false),
			new DeploymentFact(4, at("2026-11-10T12:00"), false, false),
			new DeploymentFact(5, at("2026-11-12T16:00"), false, false));

	static final List<ChangeFact> CHANGES = List.of(new ChangeFact(10, at("2026-10-29T10:00"), at("2026-10-30T10:00")),
			new ChangeFact(11, at("2026-11-02T08:00"), at("2026-11-02T10:00")),
			new ChangeFact(12, at("2026-11-03T15:00"), at("2026-11-04T15:00")),
			new ChangeFact(13, at("2026-11-04T09:00"), at("2026-11-04T15:00")),
			new ChangeFact(14, at("2026-11-09T12:00"), at("2026-11-10T12:00")),
			new ChangeFact(15, at("2026-11-12T04:00"), at("2026-11-12T16:00")),
			new ChangeFact(16, at("2026-11-13T09:00"), null));

	static final List<IncidentFact> INCIDENTS = List.of(
			new IncidentFact(21, at("2026-11-04T16:00"), at("2026-11-04T19:00")),
			new IncidentFact(22, at("2026-11-10T13:00"), at("2026-11-11T01:00")),
			new IncidentFact(23, at("2026-11-14T08:00"), null));

	@Test
	void theFourKeysOfTheFortnightAreTheOnesWorkedOutByHand() {
		Figures f = Dora.figures(FORTNIGHT, DEPLOYMENTS, CHANGES, INCIDENTS);

		assertThat(f.deployments()).isEqualTo(5);
		assertThat(f.successfulDeployments()).isEqualTo(4);
		assertThat(f.deploymentsPerWeek()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(f.deployedChanges()).isEqualTo(5);
		assertThat(f.medianLeadTime()).isEqualTo(Duration.ofHours(12));
		assertThat(f.failures()).isEqualTo(2);
		assertThat(f.changeFailureRate()).isEqualTo(0.4);
		assertThat(f.restored()).isEqualTo(2);
		assertThat(f.medianTimeToRestore()).isEqualTo(Duration.ofMinutes(450));
	}

	@Test
	void eachKeyFallsInItsBandAndTheSquadReachesItsWeakestKeysBand() {
		Figures f = Dora.figures(FORTNIGHT, DEPLOYMENTS, CHANGES, INCIDENTS);

		assertThat(f.frequencyBand()).isEqualTo(Band.HIGH);
		assertThat(f.leadTimeBand()).isEqualTo(Band.ELITE);
		assertThat(f.failureRateBand()).isEqualTo(Band.MEDIUM);
		assertThat(f.restoreBand()).isEqualTo(Band.HIGH);
		assertThat(f.band()).isEqualTo(Band.MEDIUM);
		assertThat(Band.MEDIUM.reaches(Band.HIGH)).isFalse();
		assertThat(Band.ELITE.reaches(Band.HIGH)).isTrue();
	}

	@Test
	void theWeeklySeriesCutsTheSameFactsIntoMondayWeeks() {
		List<Week> weeks = Dora.weekly(FORTNIGHT, DEPLOYMENTS, CHANGES, INCIDENTS);

		assertThat(weeks).extracting(Week::monday)
			.containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"));
		Figures first = weeks.get(0).figures();
		// D1, D2 ok and D3 failed; lead times 2, 24, 6 h; failures D2, D3 of 3; I1 3 h
		assertThat(first.successfulDeployments()).isEqualTo(2);
		assertThat(first.medianLeadTime()).isEqualTo(Duration.ofHours(6));
		assertThat(first.changeFailureRate()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(first.medianTimeToRestore()).isEqualTo(Duration.ofHours(3));
		Figures second = weeks.get(1).figures();
		// D4, D5 ok; lead times 24, 12 h; no failure; I2 12 h
		assertThat(second.successfulDeployments()).isEqualTo(2);
		assertThat(second.medianLeadTime()).isEqualTo(Duration.ofHours(18));
		assertThat(second.changeFailureRate()).isEqualTo(0.0);
		assertThat(second.medianTimeToRestore()).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void aWindowWithoutEventsMeasuresOnlyTheFrequency() {
		Window quiet = new Window(at("2026-12-01T00:00"), at("2026-12-08T00:00"));
		Figures f = Dora.figures(quiet, DEPLOYMENTS, CHANGES, INCIDENTS);

		assertThat(f.deployments()).isZero();
		assertThat(f.medianLeadTime()).isNull();
		assertThat(f.changeFailureRate()).isNull();
		assertThat(f.medianTimeToRestore()).isNull();
		assertThat(f.band()).isEqualTo(Band.LOW);
	}

	static Instant at(String utc) {
		return Instant.parse(utc + ":00Z");
	}

}
