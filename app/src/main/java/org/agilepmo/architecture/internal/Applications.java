package org.agilepmo.architecture.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Applications extends JpaRepository<Application, Long> {

	List<Application> findAllByOrderByNameAsc();

	Optional<Application> findByCodeIgnoreCase(String code);

	Optional<Application> findByExternalId(String externalId);

}
