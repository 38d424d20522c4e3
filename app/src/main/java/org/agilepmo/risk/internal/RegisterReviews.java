package org.agilepmo.risk.internal;

import java.util.List;

import org.agilepmo.portfolio.Stage;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterReviews extends JpaRepository<RegisterReview, Long> {

	List<RegisterReview> findByProjectIdOrderByReviewedAtDescIdDesc(long projectId);

	boolean existsByProjectIdAndStage(long projectId, Stage stage);

}
