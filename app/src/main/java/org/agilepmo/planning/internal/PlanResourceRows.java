package org.agilepmo.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The resources of plans. */
interface PlanResourceRows extends JpaRepository<PlanResource, Long> {

	List<PlanResource> findByPlanIdOrderByIdAsc(long planId);

	@Modifying
	@Query("delete from PlanResource r where r.planId = ?1")
	int deleteByPlan(long planId);

}
