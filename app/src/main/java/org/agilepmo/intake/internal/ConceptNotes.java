package org.agilepmo.intake.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ConceptNotes extends JpaRepository<ConceptNote, Long>, JpaSpecificationExecutor<ConceptNote> {

}
