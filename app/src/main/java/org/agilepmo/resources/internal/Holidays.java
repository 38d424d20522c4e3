package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Holidays extends JpaRepository<Holiday, Long> {

	List<Holiday> findByDayBetween(LocalDate first, LocalDate last);

	List<Holiday> findByCountryOrderByDay(String country);

	Optional<Holiday> findByCountryAndDay(String country, LocalDate day);

}
