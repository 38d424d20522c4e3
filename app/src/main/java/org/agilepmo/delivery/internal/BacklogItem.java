package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * One entry of a squad's backlog, from an epic down to a task. It belongs to a squad and
 * optionally to a project (whose access rule it then follows) and to a milestone or
 * activity of that project's plan (by reference only). Its place in the backlog is its
 * {@link Rank}; its place on the board is its column.
 */
@Entity
@Table(name = "delivery_item")
class BacklogItem {

	static final int TITLE_MAX = 300;

	static final int MAX_LABELS = 20;

	static final int LABEL_MAX = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false)
	private long squadId;

	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "milestone_ref")
	private String milestoneRef;

	@Column(name = "external_key")
	private String externalKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemType type;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(name = "acceptance_criteria")
	private String acceptanceCriteria;

	@Column(name = "story_points")
	private Integer storyPoints;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "item_rank", nullable = false)
	private String rank;

	@Column(name = "column_id")
	private Long columnId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	@Column(name = "sprint_id")
	private Long sprintId;

	@Column(name = "release_id")
	private Long releaseId;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "delivery_item_label", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "label", nullable = false)
	private Set<String> labels = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "delivery_item_check", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	private List<CheckItem> checklist = new ArrayList<>();

	protected BacklogItem() {
	}

	static BacklogItem write(long squadId, ItemDraft draft, String rank, List<CheckItem> checklist) {
		BacklogItem item = new BacklogItem();
		item.squadId = squadId;
		item.rank = rank;
		item.category = Category.TODO;
		item.createdAt = now();
		item.revise(draft);
		item.checklist = new ArrayList<>(checklist);
		return item;
	}

	/** Changes the item's content; placement (rank, column, sprint) changes by moves. */
	void revise(ItemDraft draft) {
		if (draft.type() == null) {
			throw new RuleViolationException("type", "delivery.error.required", "type is required");
		}
		if (draft.title() == null || draft.title().isBlank()) {
			throw new RuleViolationException("title", "delivery.error.required", "title is required");
		}
		if (draft.title().strip().length() > TITLE_MAX) {
			throw new RuleViolationException("title", "delivery.error.tooLong", "title is too long", TITLE_MAX);
		}
		if (draft.storyPoints() != null && (draft.storyPoints() < 0 || draft.storyPoints() > 1000)) {
			throw new RuleViolationException("storyPoints", "delivery.error.points",
					"story points must be between 0 and 1000");
		}
		if (draft.labels().size() > MAX_LABELS) {
			throw new RuleViolationException("labels", "delivery.error.tooManyLabels", "too many labels", MAX_LABELS);
		}
		Set<String> cleaned = new TreeSet<>();
		for (String label : draft.labels()) {
			String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
			if (l.isEmpty() || l.length() > LABEL_MAX || l.contains(",")) {
				throw new RuleViolationException("labels", "delivery.error.label",
						"labels are 1 to " + LABEL_MAX + " characters without commas", LABEL_MAX);
			}
			cleaned.add(l);
		}
		this.type = draft.type();
		this.title = draft.title().strip();
		this.description = blankToNull(draft.description());
		this.acceptanceCriteria = blankToNull(draft.acceptanceCriteria());
		this.storyPoints = draft.storyPoints();
		this.parentId = draft.parentId();
		this.projectId = draft.projectId();
		this.milestoneRef = blankToNull(draft.milestoneRef());
		this.externalKey = blankToNull(draft.externalKey());
		this.releaseId = draft.releaseId();
		this.assigneeId = draft.assigneeId();
		this.labels.clear();
		this.labels.addAll(cleaned);
		this.updatedAt = now();
	}

	void rankAt(String rank) {
		this.rank = rank;
		this.updatedAt = now();
	}

	/** Puts the card in a column of the board, taking the column's category. */
	void placeIn(BoardColumn column) {
		if (column.category() == Category.DONE && this.category != Category.DONE) {
			for (CheckItem check : this.checklist) {
				if (check.kind() == CheckKind.DONE && !check.checked()) {
					throw new RuleViolationException("columnId", "delivery.error.notDone",
							"the definition of done is not met: " + check.text(), check.text());
				}
			}
		}
		this.columnId = column.id();
		this.category = column.category();
		this.updatedAt = now();
	}

	/**
	 * Puts the card in a column as another tool recorded it (an import): the definition
	 * of done was checked there, not here.
	 */
	void recordedIn(BoardColumn column) {
		this.columnId = column.id();
		this.category = column.category();
		this.updatedAt = now();
	}

	/**
	 * Sets where the item stands without a board column (an import into a squad without
	 * one).
	 */
	void standAt(Category category) {
		this.category = category;
		this.columnId = null;
		this.updatedAt = now();
	}

	void planInto(Long sprintId) {
		this.sprintId = sprintId;
		this.updatedAt = now();
	}

	void tick(int index, boolean checked) {
		if (index < 0 || index >= this.checklist.size()) {
			throw new RuleViolationException("index", "delivery.error.noSuchCheck", "there is no such checklist line");
		}
		CheckItem old = this.checklist.get(index);
		this.checklist.set(index, new CheckItem(old.kind(), old.text(), checked));
		this.updatedAt = now();
	}

	boolean ready() {
		return this.checklist.stream().filter(c -> c.kind() == CheckKind.READY).allMatch(CheckItem::checked);
	}

	int points() {
		return this.storyPoints == null ? 0 : this.storyPoints;
	}

	ItemState state(Instant at) {
		return new ItemState(this.id, at, this.sprintId, this.category, points());
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long squadId() {
		return this.squadId;
	}

	Long projectId() {
		return this.projectId;
	}

	String milestoneRef() {
		return this.milestoneRef;
	}

	String externalKey() {
		return this.externalKey;
	}

	ItemType type() {
		return this.type;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	String acceptanceCriteria() {
		return this.acceptanceCriteria;
	}

	Integer storyPoints() {
		return this.storyPoints;
	}

	Long parentId() {
		return this.parentId;
	}

	String rank() {
		return this.rank;
	}

	Long columnId() {
		return this.columnId;
	}

	Category category() {
		return this.category;
	}

	Long sprintId() {
		return this.sprintId;
	}

	Long releaseId() {
		return this.releaseId;
	}

	Set<String> labels() {
		return new TreeSet<>(this.labels);
	}

	List<CheckItem> checklist() {
		return List.copyOf(this.checklist);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	ItemDraft draft() {
		return new ItemDraft(this.type, this.title, this.description, this.acceptanceCriteria, this.storyPoints,
				this.parentId, this.projectId, this.milestoneRef, this.externalKey, this.releaseId, labels(),
				this.assigneeId);
	}

	Long assigneeId() {
		return this.assigneeId;
	}

	/** The state recorded in the audit trail. */
	Snapshot snapshot() {
		return new Snapshot(this.squadId, this.type, this.title, this.description, this.acceptanceCriteria,
				this.storyPoints, this.parentId, this.projectId, this.milestoneRef, this.externalKey, this.rank,
				this.columnId, this.category, this.sprintId, this.releaseId, labels(),
				this.checklist.stream().map(c -> (c.checked() ? "[x] " : "[ ] ") + c.kind() + " " + c.text()).toList(),
				this.assigneeId);
	}

	record Snapshot(long squadId, ItemType type, String title, String description, String acceptanceCriteria,
			Integer storyPoints, Long parentId, Long projectId, String milestoneRef, String externalKey, String rank,
			Long columnId, Category category, Long sprintId, Long releaseId, Set<String> labels, List<String> checklist,
			Long assigneeId) {
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}
