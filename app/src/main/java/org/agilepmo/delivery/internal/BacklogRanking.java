package org.agilepmo.delivery.internal;

import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backlog's order: putting an item after another or one step up or down. Each move
 * writes the moved item only, unless the ranks between two neighbours run out and the
 * squad's backlog is spaced out again.
 */
@Service
public class BacklogRanking {

	private final BacklogItems items;

	private final DeliveryAccess access;

	private final AuditTrail audit;

	private final BacklogService backlog;

	BacklogRanking(BacklogItems items, DeliveryAccess access, AuditTrail audit, BacklogService backlog) {
		this.items = items;
		this.access = access;
		this.audit = audit;
		this.backlog = backlog;
	}

	/**
	 * Puts the item right after another one of the backlog ({@code afterId}), or first
	 * when that is {@code null}. Only this item's row changes.
	 */
	@Transactional
	public ItemView reorder(Actor actor, long id, long expectedVersion, Long afterId) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = this.backlog.editable(lens, id, expectedVersion);
		List<BacklogItem> others = BacklogService.sorted(this.items.findBySquadId(item.squadId()));
		others.removeIf(i -> i.id().equals(id));
		int at = 0;
		if (afterId != null) {
			at = -1;
			for (int i = 0; i < others.size(); i++) {
				if (others.get(i).id().equals(afterId)) {
					at = i + 1;
				}
			}
			if (at < 0) {
				throw new RuleViolationException("afterId", "delivery.error.notInBacklog",
						"that item is not in this backlog");
			}
		}
		String before = (at == 0) ? null : others.get(at - 1).rank();
		String after = (at >= others.size()) ? null : others.get(at).rank();
		if (before != null && after != null && before.compareTo(after) >= 0) {
			rebalance(others);
			before = (at == 0) ? null : others.get(at - 1).rank();
			after = (at >= others.size()) ? null : others.get(at).rank();
		}
		BacklogItem.Snapshot snapshot = item.snapshot();
		String rank = Rank.between(before, after);
		item.rankAt(rank);
		this.backlog.flush(item);
		if (rank.length() > Rank.REBALANCE_LENGTH) {
			List<BacklogItem> all = BacklogService.sorted(this.items.findBySquadId(item.squadId()));
			rebalance(all);
		}
		this.audit.record(new AuditRecord(BacklogService.ENTITY + ".reordered", BacklogService.ENTITY,
				String.valueOf(id), lens.classificationOf(item), "after " + afterId, snapshot, item.snapshot()));
		return this.backlog.view(lens, item);
	}

	@Transactional
	public ItemView step(Actor actor, long id, long expectedVersion, int direction) {
		Lens lens = this.access.lens(actor);
		BacklogItem item = this.backlog.visible(lens, id);
		List<BacklogItem> all = BacklogService.sorted(this.items.findBySquadId(item.squadId()));
		int index = indexOf(all, id);
		int target = index + Integer.signum(direction);
		if (target < 0 || target >= all.size()) {
			return reorder(actor, id, expectedVersion, index == 0 ? null : all.get(index - 1).id());
		}
		all.remove(index);
		Long afterId = (target == 0) ? null : all.get(target - 1).id();
		return reorder(actor, id, expectedVersion, afterId);
	}

	private static int indexOf(List<BacklogItem> list, long id) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).id() == id) {
				return i;
			}
		}
		throw new NotFoundException(BacklogService.ENTITY, id);
	}

	private void rebalance(List<BacklogItem> ordered) {
		String[] ranks = Rank.evenly(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).rankAt(ranks[i]);
		}
		this.items.saveAllAndFlush(ordered);
	}

}
