package org.agilepmo.architecture.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Conditions extends JpaRepository<ReviewCondition, Long> {

	List<ReviewCondition> findByReviewIdOrderByDueOnAscIdAsc(long reviewId);

	List<ReviewCondition> findByOwnerIdAndDoneAtIsNullOrderByDueOnAscIdAsc(long ownerId);

}
