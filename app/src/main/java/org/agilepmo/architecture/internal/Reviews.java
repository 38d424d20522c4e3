package org.agilepmo.architecture.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Reviews extends JpaRepository<ArchitectureReview, Long> {

	List<ArchitectureReview> findByProjectIdOrderByRequestedAtDescIdDesc(long projectId);

	List<ArchitectureReview> findByConceptNoteIdOrderByRequestedAtDescIdDesc(long conceptNoteId);

	List<ArchitectureReview> findAllByOrderByRequestedAtDescIdDesc();

}
