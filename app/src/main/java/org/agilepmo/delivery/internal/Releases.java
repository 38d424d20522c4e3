package org.agilepmo.delivery.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Releases of every squad. */
interface Releases extends JpaRepository<Release, Long> {

	List<Release> findBySquadIdOrderByTargetDateAscIdAsc(long squadId);

}
