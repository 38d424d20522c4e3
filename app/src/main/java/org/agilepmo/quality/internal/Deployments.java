package org.agilepmo.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Deployments extends JpaRepository<Deployment, Long> {

	Optional<Deployment> findBySquadIdAndExternalId(long squadId, String externalId);

	Optional<Deployment> findFirstBySquadIdAndServiceRefAndFailedFalseAndDeployedAtGreaterThanEqualOrderByDeployedAtAsc(
			long squadId, String serviceRef, Instant at);

	List<Deployment> findBySquadIdAndDeployedAtGreaterThanEqualAndDeployedAtLessThanOrderByDeployedAtAsc(long squadId,
			Instant from, Instant to);

}
