package org.agilepmo.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The working calendars of plans. */
interface PlanCalendars extends JpaRepository<PlanCalendar, Long> {

	List<PlanCalendar> findByPlanIdOrderByIdAsc(long planId);

}
