package org.agilepmo.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Incidents extends JpaRepository<Incident, Long> {

	Optional<Incident> findBySquadIdAndExternalId(long squadId, String externalId);

	List<Incident> findBySquadIdAndOpenedAtLessThanOrderByOpenedAtAsc(long squadId, Instant before);

}
