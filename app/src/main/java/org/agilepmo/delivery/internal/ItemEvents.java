package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The append-only item log. */
interface ItemEvents extends JpaRepository<ItemEvent, Long> {

	@Query("select e from ItemEvent e where e.itemId in (select x.itemId from ItemEvent x where x.sprintId = ?1)")
	List<ItemEvent> ofItemsEverIn(long sprintId);

	java.util.Optional<ItemEvent> findFirstByItemIdOrderByIdDesc(long itemId);

	@Query("select e from ItemEvent e where e.squadId = ?1 and e.occurredAt < ?2")
	List<ItemEvent> ofSquadBefore(long squadId, Instant before);

}
