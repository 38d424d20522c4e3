package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import org.agilepmo.resources.CostRates;
import org.agilepmo.resources.HourlyRate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published cost rates: the rate of a person's profile valid on the day asked. */
@Service
@Transactional(readOnly = true)
class CostRatesService implements CostRates {

	private final Resources resources;

	private final CostRateRecords rates;

	CostRatesService(Resources resources, CostRateRecords rates) {
		this.resources = resources;
		this.rates = rates;
	}

	@Override
	public Optional<HourlyRate> rateOn(long personId, LocalDate day) {
		return this.resources.findByPersonId(personId)
			.flatMap(r -> this.rates.findByResourceIdOrderByValidFrom(r.id())
				.stream()
				.filter(rate -> rate.validOn(day))
				.findFirst())
			.map(rate -> new HourlyRate(rate.amount(), Currency.getInstance(rate.currency())));
	}

}
