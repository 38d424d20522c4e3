package org.agilepmo.resources.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceLanguages extends JpaRepository<ResourceLanguage, Long> {

	List<ResourceLanguage> findByResourceId(long resourceId);

	Optional<ResourceLanguage> findByResourceIdAndLanguage(long resourceId, String language);

}
