package org.agilepmo.delivery.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Sprints of every squad. */
interface Sprints extends JpaRepository<Sprint, Long> {

	List<Sprint> findBySquadIdOrderByStartDateAscIdAsc(long squadId);

	List<Sprint> findBySquadIdAndStateOrderByStartDateAscIdAsc(long squadId, SprintState state);

}
