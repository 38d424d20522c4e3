package org.agilepmo.finance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The recorded exchange rates. */
interface ExchangeRates extends JpaRepository<ExchangeRate, Long> {

	Optional<ExchangeRate> findFirstByFromAndToAndValidFromLessThanEqualOrderByValidFromDesc(String from, String to,
			LocalDate day);

	boolean existsByFromAndToAndValidFrom(String from, String to, LocalDate validFrom);

	List<ExchangeRate> findAllByOrderByFromAscToAscValidFromDesc();

}
