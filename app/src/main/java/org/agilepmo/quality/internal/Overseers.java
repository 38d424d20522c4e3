package org.agilepmo.quality.internal;

import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who oversee every squad's indicators and may open technical audits besides
 * the PMO: the CTO and the architecture board. The PMO names them.
 */
@Component
public class Overseers {

	static final String ENTITY = "quality-overseer";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Overseers(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public boolean contains(long personId) {
		return this.jdbc.sql("select count(*) from quality_overseer where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single() > 0;
	}

	public List<Long> all() {
		return this.jdbc.sql("select person_id from quality_overseer order by person_id").query(Long.class).list();
	}

	/**
	 * Names a person an overseer (PMO and administrators only); naming twice is harmless.
	 */
	@Transactional
	public void appoint(Actor actor, long personId) {
		requirePmo(actor);
		if (!contains(personId)) {
			this.jdbc.sql("insert into quality_overseer (person_id) values (?)").param(personId).update();
			this.audit.record(new AuditRecord(ENTITY + ".appointed", ENTITY, String.valueOf(personId),
					Classification.PUBLIC, "quality overseer appointed", null, "person " + personId));
		}
	}

	@Transactional
	public void dismiss(Actor actor, long personId) {
		requirePmo(actor);
		if (this.jdbc.sql("delete from quality_overseer where person_id = ?").param(personId).update() > 0) {
			this.audit.record(new AuditRecord(ENTITY + ".dismissed", ENTITY, String.valueOf(personId),
					Classification.PUBLIC, "quality overseer dismissed", "person " + personId, null));
		}
	}

	static void requirePmo(Actor actor) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO names quality overseers and targets");
		}
	}

}
