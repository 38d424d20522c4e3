package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Timesheets extends JpaRepository<Timesheet, Long> {

	Optional<Timesheet> findByPersonIdAndWeekStart(long personId, LocalDate weekStart);

	List<Timesheet> findByPersonIdOrderByWeekStartDesc(long personId);

	List<Timesheet> findByStateOrderByWeekStart(TimesheetState state);

	List<Timesheet> findByWeekStartBetweenOrderByWeekStartAscPersonIdAsc(LocalDate first, LocalDate last);

	@Query("select distinct t from Timesheet t join t.lines l where t.state = :state and l.projectId = :projectId"
			+ " and t.weekStart between :first and :last order by t.weekStart, t.personId")
	List<Timesheet> withProject(TimesheetState state, long projectId, LocalDate first, LocalDate last);

	List<Timesheet> findByStateInAndWeekStartBetween(Collection<TimesheetState> states, LocalDate first,
			LocalDate last);

}
