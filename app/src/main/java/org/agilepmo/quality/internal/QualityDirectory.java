package org.agilepmo.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical audits and their corrective actions as the rest of the platform may see them,
 * through the audit's access rule; a person's work here is the open corrective actions
 * they own, overdue first.
 */
@Component
class QualityDirectory implements ObjectDirectory {

	private static final Set<String> KINDS = Set.of(AuditService.AUDIT, AuditService.ACTION);

	private final TechnicalAudits audits;

	private final CorrectiveActions actions;

	private final AuditAccess access;

	private final Clock clock;

	QualityDirectory(TechnicalAudits audits, CorrectiveActions actions, AuditAccess access, Optional<Clock> clock) {
		this.audits = audits;
		this.actions = actions;
		this.access = access;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public Set<String> kinds() {
		return KINDS;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case AuditService.AUDIT ->
				this.audits.findById(ref.id()).filter(a -> this.access.maySee(actor, a)).map(a -> card(a));
			case AuditService.ACTION -> this.actions.findById(ref.id())
				.flatMap(c -> this.audits.findById(c.auditId())
					.filter(a -> this.access.maySee(actor, a))
					.map(a -> card(c, a)));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		Optional<Long> auditId = switch (ref.kind()) {
			case AuditService.AUDIT -> Optional.of(ref.id());
			case AuditService.ACTION -> this.actions.findById(ref.id()).map(CorrectiveAction::auditId);
			default -> Optional.empty();
		};
		return auditId.flatMap(this.audits::findById)
			.filter(a -> this.access.maySee(actor, a) && a.isAuditor(actor.id()))
			.isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case AuditService.AUDIT -> this.audits.findById(ref.id())
				.map(a -> new SearchText(a.title(), a.code() + " " + (a.scope() == null ? "" : a.scope()),
						a.projectId(), a.classification()));
			case AuditService.ACTION -> this.actions.findById(ref.id())
				.flatMap(c -> this.audits.findById(c.auditId())
					.map(a -> new SearchText(c.title(), c.code() + " " + a.title(), a.projectId(),
							a.classification())));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<ObjectRef> refs = switch (kind) {
			case AuditService.AUDIT -> this.audits.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList();
			case AuditService.ACTION -> this.actions.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList();
			default -> List.of();
		};
		return refs.stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		List<WorkEntry> work = new ArrayList<>();
		for (CorrectiveAction c : this.actions.findByOwnerIdAndDoneAtIsNullOrderByDueAscIdAsc(actor.id())) {
			this.audits.findById(c.auditId()).filter(a -> this.access.maySee(actor, a)).ifPresent(a -> {
				boolean late = c.due().isBefore(today);
				work.add(new WorkEntry(card(c, a), late ? "work.quality-action.overdue" : "work.quality-action.open",
						c.due(), late));
			});
		}
		work.sort(Comparator.comparing((WorkEntry w) -> !w.overdue())
			.thenComparing(WorkEntry::due, Comparator.nullsLast(Comparator.naturalOrder())));
		return work;
	}

	private static ObjectCard card(TechnicalAudit a) {
		return new ObjectCard(new ObjectRef(AuditService.AUDIT, a.id()), a.title(), a.code(),
				"/quality/audits/" + a.id(), a.projectId(), a.classification());
	}

	private static ObjectCard card(CorrectiveAction c, TechnicalAudit a) {
		return new ObjectCard(new ObjectRef(AuditService.ACTION, c.id()), c.title(), c.code(),
				"/quality/audits/" + a.id() + "#action-" + c.id(), a.projectId(), a.classification());
	}

}
