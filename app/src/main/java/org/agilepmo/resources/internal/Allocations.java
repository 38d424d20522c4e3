package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Allocations extends JpaRepository<Allocation, Long> {

	List<Allocation> findByResourceIdOrderByFirstDay(long resourceId);

	List<Allocation> findByLastDayGreaterThanEqualAndFirstDayLessThanEqual(LocalDate first, LocalDate last);

	List<Allocation> findBySquadId(long squadId);

}
