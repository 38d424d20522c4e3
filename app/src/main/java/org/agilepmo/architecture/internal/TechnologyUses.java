package org.agilepmo.architecture.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnologyUses extends JpaRepository<TechnologyUse, Long> {

	List<TechnologyUse> findByProjectIdOrderByNameAsc(long projectId);

	boolean existsByProjectIdAndNameIgnoreCase(long projectId, String name);

}
