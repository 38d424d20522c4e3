package org.agilepmo.delivery.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Board columns of every squad. */
interface BoardColumns extends JpaRepository<BoardColumn, Long> {

	List<BoardColumn> findBySquadIdOrderByPosition(long squadId);

	/**
	 * The column, locked until the transaction ends, so that two moves into one column
	 * with a WIP limit are counted one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from BoardColumn c where c.id = ?1")
	Optional<BoardColumn> lockById(long id);

}
