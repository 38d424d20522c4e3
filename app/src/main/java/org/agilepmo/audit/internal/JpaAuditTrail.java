package org.agilepmo.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.audit.ChainVerification;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.ObjectChanged;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.ScreeningLevel;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAuditTrail implements AuditTrail {

	private static final int VERIFY_BATCH = 1000;

	@PersistenceContext
	private EntityManager em;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	JpaAuditTrail(ObjectMapper json, ApplicationEventPublisher events) {
		this.json = json;
		this.events = events;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		ChainHead head = this.em.find(ChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
		Actor actor = CurrentActor.find().orElse(null);
		long seq = head.lastSeq() + 1;
		AuditEntry entry = new AuditEntry(seq, Instant.now().truncatedTo(ChronoUnit.MILLIS),
				actor == null ? null : actor.id(), actor == null ? "system" : actor.username(), record.action(),
				record.entityType(), record.entityId(), record.classification().name(), record.summary(),
				toJson(record.before()), toJson(record.after()), head.lastHash());
		this.em.persist(entry);
		head.advanceTo(seq, entry.hash());
		ObjectRef.of(record.entityType(), record.entityId())
			.ifPresent((ref) -> this.events
				.publishEvent(new ObjectChanged(ref, record.action(), actor == null ? null : actor.id())));
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		return (state instanceof String s) ? s : this.json.writeValueAsString(state);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntryView> browse(ScreeningLevel screening, AuditQuery query) {
		TypedQuery<AuditEntry> q = this.em
			.createQuery("select e from AuditEntry e" + where(query) + " order by e.seq desc", AuditEntry.class);
		bind(q, screening, query);
		q.setFirstResult(query.page() * query.size());
		q.setMaxResults(query.size());
		List<AuditEntryView> views = new ArrayList<>();
		for (AuditEntry e : q.getResultList()) {
			views.add(new AuditEntryView(e.seq(), e.occurredAt(), e.actorName(), e.action(), e.entityType(),
					e.entityId(), e.classification(), e.summary(), e.before(), e.after(), e.hash()));
		}
		return views;
	}

	@Override
	@Transactional(readOnly = true)
	public long count(ScreeningLevel screening, AuditQuery query) {
		TypedQuery<Long> q = this.em.createQuery("select count(e) from AuditEntry e" + where(query), Long.class);
		bind(q, screening, query);
		return q.getSingleResult();
	}

	private static String where(AuditQuery query) {
		StringBuilder where = new StringBuilder(" where e.classification in :visible");
		if (query.entityType() != null) {
			where.append(" and e.entityType = :entityType");
		}
		if (query.entityId() != null) {
			where.append(" and e.entityId = :entityId");
		}
		if (query.actor() != null) {
			where.append(" and e.actorName = :actor");
		}
		return where.toString();
	}

	private static void bind(TypedQuery<?> q, ScreeningLevel screening, AuditQuery query) {
		List<String> visible = new ArrayList<>();
		for (Classification c : Classification.values()) {
			if (screening.clears(c)) {
				visible.add(c.name());
			}
		}
		q.setParameter("visible", visible);
		for (Map.Entry<String, String> p : Map
			.of("entityType", nz(query.entityType()), "entityId", nz(query.entityId()), "actor", nz(query.actor()))
			.entrySet()) {
			if (!p.getValue().isEmpty()) {
				q.setParameter(p.getKey(), p.getValue());
			}
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	@Override
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String expectedPrev = ChainHash.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		while (true) {
			List<AuditEntry> batch = this.em
				.createQuery("select e from AuditEntry e where e.seq >= :from order by e.seq", AuditEntry.class)
				.setParameter("from", expectedSeq)
				.setMaxResults(VERIFY_BATCH)
				.getResultList();
			for (AuditEntry e : batch) {
				if (e.seq() != expectedSeq) {
					return ChainVerification.brokenAt(checked, expectedSeq,
							"entry " + expectedSeq + " is missing (the next entry is " + e.seq() + ")");
				}
				if (!e.prevHash().equals(expectedPrev)) {
					return ChainVerification.brokenAt(checked, e.seq(), "entry " + e.seq() + " does not follow entry "
							+ (e.seq() - 1) + " (removed, inserted or reordered)");
				}
				if (!ChainHash.of(e).equals(e.hash())) {
					return ChainVerification.brokenAt(checked, e.seq(), "entry " + e.seq()
							+ " was changed after it was written (its content no longer matches its hash)");
				}
				expectedPrev = e.hash();
				expectedSeq++;
				checked++;
			}
			this.em.clear();
			if (batch.size() < VERIFY_BATCH) {
				break;
			}
		}
		ChainHead head = this.em.find(ChainHead.class, 1);
		if (head.lastSeq() != checked || !head.lastHash().equals(expectedPrev)) {
			return ChainVerification.brokenAt(checked, head.lastSeq(), "the chain ends at entry " + checked
					+ " but its head names entry " + head.lastSeq() + " (entries at the end were removed)");
		}
		return ChainVerification.intact(checked);
	}

}
