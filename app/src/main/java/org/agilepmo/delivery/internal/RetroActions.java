package org.agilepmo.delivery.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Retrospective actions of every squad. */
interface RetroActions extends JpaRepository<RetroAction, Long> {

	List<RetroAction> findBySquadIdOrderByDoneAscIdAsc(long squadId);

	List<RetroAction> findBySprintIdOrderByIdAsc(long sprintId);

}
