package org.agilepmo.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Integrations extends JpaRepository<Integration, Long> {

	List<Integration> findBySquadIdOrderByIdAsc(long squadId);

}
