package org.agilepmo.architecture.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueEntries extends JpaRepository<CatalogueEntry, Long> {

	List<CatalogueEntry> findAllByOrderByNameAsc();

	Optional<CatalogueEntry> findByNameIgnoreCase(String name);

}
