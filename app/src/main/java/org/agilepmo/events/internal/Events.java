package org.agilepmo.events.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The events, and the database's guard on their seats. */
public interface Events extends JpaRepository<Event, Long> {

	List<Event> findByUnitIdInOrderByStartsOnDescIdDesc(Collection<Long> unitIds);

	List<Event> findByIdInOrderByStartsOnDescIdDesc(Collection<Long> ids);

	List<Event> findAllByOrderByStartsOnDescIdDesc();

	/**
	 * Takes one seat when one is left, in one conditional update: concurrent
	 * registrations for the last seat queue on the event's row and exactly one of them
	 * changes it. Answers 1 when the seat was taken, 0 when the event is full.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Event e set e.seatsTaken = e.seatsTaken + 1 where e.id = :id "
			+ "and (e.capacity is null or e.seatsTaken < e.capacity)")
	int takeSeat(@Param("id") long id);

	/** Gives a seat back (a registered participant cancelled and nobody was waiting). */
	@Modifying(flushAutomatically = true)
	@Query("update Event e set e.seatsTaken = e.seatsTaken - 1 where e.id = :id and e.seatsTaken > 0")
	int releaseSeat(@Param("id") long id);

	/**
	 * Locks the event's row until the transaction ends, so that cancellations and
	 * promotions from the waiting list of one event happen one after the other.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Event e set e.seatsTaken = e.seatsTaken where e.id = :id")
	int lockSeats(@Param("id") long id);

	@Query("select e.seatsTaken from Event e where e.id = :id")
	int seatsTaken(@Param("id") long id);

}
