package org.agilepmo.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The activities of plans. */
interface Activities extends JpaRepository<Activity, Long> {

	List<Activity> findByPlanIdOrderBySortOrderAscIdAsc(long planId);

	long countByPlanId(long planId);

	@Query("select coalesce(max(a.sortOrder), 0) from Activity a where a.planId = ?1")
	int lastSortOrder(long planId);

	@Modifying
	@Query("delete from Activity a where a.planId = ?1")
	int deleteByPlan(long planId);

}
