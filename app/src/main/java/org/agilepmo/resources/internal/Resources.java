package org.agilepmo.resources.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Resources extends JpaRepository<Resource, Long> {

	Optional<Resource> findByPersonId(long personId);

	List<Resource> findByCentreUnitId(long centreUnitId);

}
