package org.agilepmo.resources.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Skills extends JpaRepository<Skill, Long> {

	Optional<Skill> findByCode(String code);

}
