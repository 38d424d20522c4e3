package org.agilepmo.quality.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Changes extends JpaRepository<Change, Long> {

	Optional<Change> findBySquadIdAndExternalId(long squadId, String externalId);

	List<Change> findBySquadIdAndServiceRefAndDeploymentIdIsNullAndCommittedAtLessThanEqual(long squadId,
			String serviceRef, Instant at);

	List<Change> findByDeploymentIdIn(Collection<Long> deploymentIds);

}
