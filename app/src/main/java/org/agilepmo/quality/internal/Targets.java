package org.agilepmo.quality.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Targets extends JpaRepository<Target, Long> {

	Optional<Target> findByTribeId(Long tribeId);

	Optional<Target> findByTribeIdIsNull();

}
