package org.agilepmo.architecture.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationDependencies extends JpaRepository<Dependency, Long> {

	List<Dependency> findByFromIdOrToIdOrderByIdAsc(long fromId, long toId);

	boolean existsByFromIdAndToIdAndKind(long fromId, long toId, String kind);

}
