package org.agilepmo.governance.internal;

import java.util.List;
import java.util.Optional;

import org.agilepmo.portfolio.Stage;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectGates extends JpaRepository<ProjectGate, Long> {

	List<ProjectGate> findByProjectIdOrderByIdAsc(long projectId);

	Optional<ProjectGate> findByProjectIdAndTargetStage(long projectId, Stage targetStage);

	boolean existsByProjectId(long projectId);

}
