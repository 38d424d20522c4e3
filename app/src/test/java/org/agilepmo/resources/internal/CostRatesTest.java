package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.resources.CostRates;
import org.agilepmo.resources.HourlyRate;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cost rates are picked per day: a rate that changes on a Thursday gives the old amount
 * until Wednesday and the new one from Thursday, for timesheets reading
 * {@link CostRates}; an overlap that is not an open-ended earlier rate is refused.
 */
@PmoTest
class CostRatesTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	CostRates rates;

	@Test
	void aRateChangingMidWeekIsPickedPerDay() {
		PersonSummary dev = this.people.person("dev", ScreeningLevel.NONE);
		long resource = this.resources.profile(dev, null, "XG", 100);
		LocalDate monday = LocalDate.of(2031, 1, 6);
		this.resources.hourlyRate(resource, "80.50", monday.minusMonths(1), null);
		this.resources.hourlyRate(resource, "90", monday.plusDays(3), null);

		assertThat(this.rates.rateOn(dev.id(), monday.plusDays(2))).get()
			.extracting(HourlyRate::amount)
			.isEqualTo(new BigDecimal("80.5000"));
		assertThat(this.rates.rateOn(dev.id(), monday.plusDays(3))).get()
			.satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("90"))
			.satisfies(r -> assertThat(r.currency().getCurrencyCode()).isEqualTo("EUR"));
		assertThat(this.rates.rateOn(dev.id(), monday.minusMonths(2))).isEmpty();
		assertThat(this.rates.rateOn(this.people.person("nobody", ScreeningLevel.NONE).id(), monday)).isEmpty();
	}

	@Test
	void anOverlapWithABoundedRateIsRefused() {
		PersonSummary dev = this.people.person("dev", ScreeningLevel.NONE);
		long resource = this.resources.profile(dev, null, "XG", 100);
		LocalDate first = LocalDate.of(2031, 2, 3);
		this.resources.hourlyRate(resource, "70", first, first.plusDays(30));

		assertThatThrownBy(() -> this.resources.hourlyRate(resource, "75", first.plusDays(10), null))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("resources.error.rateOverlap");
		assertThat(this.rates.rateOn(dev.id(), first.plusDays(10))).get()
			.satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("70"));
	}

}
