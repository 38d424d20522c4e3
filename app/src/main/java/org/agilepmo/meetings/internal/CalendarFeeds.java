package org.agilepmo.meetings.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Calendar feeds, found by the hash of their token. */
public interface CalendarFeeds extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

	List<CalendarFeed> findByPersonIdAndRevokedAtIsNull(long personId);

}
