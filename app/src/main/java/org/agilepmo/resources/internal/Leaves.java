package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Leaves extends JpaRepository<Leave, Long> {

	List<Leave> findByResourceIdOrderByFirstDay(long resourceId);

	List<Leave> findByLastDayGreaterThanEqualAndFirstDayLessThanEqual(LocalDate first, LocalDate last);

}
