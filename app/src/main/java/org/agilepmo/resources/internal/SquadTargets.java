package org.agilepmo.resources.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SquadTargets extends JpaRepository<SquadTarget, Long> {

	List<SquadTarget> findBySquadId(long squadId);

	Optional<SquadTarget> findBySquadIdAndSkillId(long squadId, long skillId);

}
