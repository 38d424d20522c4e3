package org.agilepmo.planning.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The saved baselines of plans. */
interface Baselines extends JpaRepository<Baseline, Long> {

	List<Baseline> findByPlanIdOrderBySavedAtAsc(long planId);

	Optional<Baseline> findByPlanIdAndName(long planId, String name);

}
