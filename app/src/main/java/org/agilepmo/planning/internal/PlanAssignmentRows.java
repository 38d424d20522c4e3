package org.agilepmo.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The assignments of resources to activities of plans. */
interface PlanAssignmentRows extends JpaRepository<PlanAssignment, Long> {

	List<PlanAssignment> findByPlanIdOrderByIdAsc(long planId);

	long countByPlanId(long planId);

	List<PlanAssignment> findByActivityId(long activityId);

	long countByResourceId(long resourceId);

	@Modifying
	@Query("delete from PlanAssignment a where a.planId = ?1")
	int deleteByPlan(long planId);

	@Modifying
	@Query("delete from PlanAssignment a where a.activityId = ?1")
	int deleteByActivity(long activityId);

}
