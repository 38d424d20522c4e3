package org.agilepmo.resources.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceSkills extends JpaRepository<ResourceSkill, Long> {

	List<ResourceSkill> findByResourceId(long resourceId);

	Optional<ResourceSkill> findByResourceIdAndSkillId(long resourceId, long skillId);

	List<ResourceSkill> findBySkillId(long skillId);

}
