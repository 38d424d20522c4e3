package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.resources.Capacity;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity is the pattern's hours minus leave and the public holidays of the person's
 * country, times the part-time share; loads add up across squads and projects. The week
 * of Monday 3 March 2031 is used, in countries of the test's own.
 */
@PmoTest
class CapacityArithmeticTest {

	static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

	static final LocalDate SUNDAY = MONDAY.plusDays(6);

	@Autowired
	IdentityFixtures people;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	CapacityService capacity;

	@Autowired
	Capacity published;

	@Test
	void partTimeLeaveAndTheHolidaysOfThePersonsOwnCountry() {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary part = this.people.person("part", ScreeningLevel.BASIC);
		PersonSummary full = this.people.person("full", ScreeningLevel.BASIC);
		long centre = this.resources.centre("Arithmetic", null);
		long partTimer = this.resources.profile(part, centre, "XA", 50);
		long fullTimer = this.resources.profile(full, centre, "XB", 100);
		this.resources.holiday("XA", MONDAY.plusDays(2));
		this.resources.leave(partTimer, MONDAY.plusDays(3), MONDAY.plusDays(3));

		CapacityFigures figures = week(pmo, GroupBy.PERSON, centre);

		// 5 days - 1 holiday in XA - 1 day of leave = 3 days of 8 h, at 50 %: 12 h.
		assertThat(row(figures, partTimer).capacity()[0]).isEqualTo(12.0);
		// The XA holiday is not a holiday in XB: 5 days of 8 h.
		assertThat(row(figures, fullTimer).capacity()[0]).isEqualTo(40.0);
		CapacityFigures byCentre = week(pmo, GroupBy.CENTRE, centre);
		assertThat(byCentre.rows()).singleElement().satisfies(r -> assertThat(r.capacity()[0]).isEqualTo(52.0));
		assertThat(this.published.daily(part.id(), MONDAY, MONDAY.plusDays(4))).extracting(Capacity.DayHours::hours)
			.extracting(BigDecimal::doubleValue)
			.containsExactly(4.0, 4.0, 0.0, 0.0, 4.0);
		assertThat(this.published.hoursOn(full.id(), MONDAY.plusDays(5)).signum()).as("a Saturday").isZero();
	}

	@Test
	void aPersonInTwoSquadsCarriesBothAndIsOverAllocated() {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary dev = this.people.person("dev", ScreeningLevel.BASIC);
		long centre = this.resources.centre("Two squads", null);
		long resource = this.resources.profile(dev, centre, "XC", 100);
		long alpha = this.resources.squad("Alpha");
		long bravo = this.resources.squad("Bravo");
		this.resources.allocate(resource, null, alpha, MONDAY.minusWeeks(2), MONDAY.plusWeeks(2), true, "60");
		this.resources.allocate(resource, null, bravo, MONDAY, SUNDAY, true, "50");

		CapacityFigures.Cell cell = row(week(pmo, GroupBy.PERSON, centre), resource).cell(0);

		assertThat(cell.capacity()).isEqualTo(40.0);
		assertThat(cell.demand()).isEqualTo(44.0);
		assertThat(cell.percent()).isEqualTo(110);
		assertThat(cell.band()).isEqualTo(CapacityFigures.Band.OVER);
		assertThat(this.capacity.drill(IdentityFixtures.actor(pmo), GroupBy.PERSON, resource, MONDAY, SUNDAY))
			.extracting(DrillLine::kind, DrillLine::hours)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("squad", 24.0),
					org.assertj.core.groups.Tuple.tuple("squad", 20.0));
	}

	@Test
	void hoursPerWeekFallOnTheDaysThePersonWorks() {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary dev = this.people.person("dev", ScreeningLevel.BASIC);
		long centre = this.resources.centre("Hours", null);
		long resource = this.resources.profile(dev, centre, "XD", 100);
		this.resources.holiday("XD", MONDAY);
		this.resources.allocate(resource, null, this.resources.squad("Charlie"), MONDAY, SUNDAY, false, "40");

		CapacityFigures.Cell cell = row(week(pmo, GroupBy.PERSON, centre), resource).cell(0);

		// 40 h a week is 8 h on each of the four days worked: the holiday is not an
		// overload.
		assertThat(cell.capacity()).isEqualTo(32.0);
		assertThat(cell.demand()).isEqualTo(32.0);
		assertThat(cell.band()).isEqualTo(CapacityFigures.Band.BALANCED);
	}

	@Test
	void monthsSumTheirDaysAndTheGridIsPure() {
		CapacityGrid grid = new CapacityGrid(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), 1);
		grid.calendar(0, new boolean[] { true, true, true, true, true, false, false }, 8, List.of());
		double[] demand = new double[grid.days()];
		grid.add(0, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), CapacityGrid.Kind.WORK, 84, demand);
		double capacity = 0;
		double asked = 0;
		for (int d = 0; d < grid.days(); d++) {
			capacity += grid.capacity(0)[d];
			asked += demand[d];
		}
		// March 2031 has 21 working days: 168 h; 84 h of work spread over them.
		assertThat(capacity).isEqualTo(168.0);
		assertThat(asked).isCloseTo(84.0, org.assertj.core.data.Offset.offset(1e-9));
	}

	private CapacityFigures week(PersonSummary reader, GroupBy groupBy, long centre) {
		return this.capacity.figures(IdentityFixtures.actor(reader),
				new CapacityService.Query(groupBy, Granularity.WEEK, MONDAY, SUNDAY, centre, null));
	}

	private static CapacityFigures.Row row(CapacityFigures figures, long id) {
		return figures.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

}
