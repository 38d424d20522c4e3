package org.agilepmo.planning.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The plans, one per project. */
interface Plans extends JpaRepository<Plan, Long> {

	Optional<Plan> findByProjectId(long projectId);

}
