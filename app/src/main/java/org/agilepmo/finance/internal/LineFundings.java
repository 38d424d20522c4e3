package org.agilepmo.finance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Which sources fund which budget lines. */
interface LineFundings extends JpaRepository<LineFunding, Long> {

	List<LineFunding> findByProjectIdOrderByLineCodeAscIdAsc(long projectId);

	List<LineFunding> findBySourceId(long sourceId);

	Optional<LineFunding> findByProjectIdAndLineCodeAndSourceId(long projectId, String lineCode, long sourceId);

}
