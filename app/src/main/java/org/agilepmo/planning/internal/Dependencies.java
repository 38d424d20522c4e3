package org.agilepmo.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The dependencies between activities of plans. */
interface Dependencies extends JpaRepository<Dependency, Long> {

	List<Dependency> findByPlanIdOrderByIdAsc(long planId);

	@Query("select d from Dependency d where d.predecessorId = ?1 or d.successorId = ?1")
	List<Dependency> touching(long activityId);

	@Modifying
	@Query("delete from Dependency d where d.planId = ?1")
	int deleteByPlan(long planId);

}
