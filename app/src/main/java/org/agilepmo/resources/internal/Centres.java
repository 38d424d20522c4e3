package org.agilepmo.resources.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Centres extends JpaRepository<Centre, Long> {

	Optional<Centre> findByUnitId(long unitId);

	List<Centre> findByHeadPersonId(long personId);

}
