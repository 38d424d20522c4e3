package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One line of a weekly timesheet: the hours of each day, Monday first, on one project,
 * activity, backlog item or category of non-project work; approved by its own approver.
 */
@Entity
@Table(name = "resources_timesheet_line")
public class TimesheetLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "timesheet_id", nullable = false, updatable = false)
	private Timesheet timesheet;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LineKind kind;

	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "activity_id")
	private Long activityId;

	@Column(name = "item_id")
	private Long itemId;

	@Enumerated(EnumType.STRING)
	private WorkCategory category;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private BigDecimal h1;

	@Column(nullable = false)
	private BigDecimal h2;

	@Column(nullable = false)
	private BigDecimal h3;

	@Column(nullable = false)
	private BigDecimal h4;

	@Column(nullable = false)
	private BigDecimal h5;

	@Column(nullable = false)
	private BigDecimal h6;

	@Column(nullable = false)
	private BigDecimal h7;

	@Column(name = "approved_by")
	private Long approvedBy;

	protected TimesheetLine() {
	}

	TimesheetLine(Timesheet timesheet, int position, TimesheetRef ref, List<BigDecimal> hours) {
		this.timesheet = timesheet;
		this.position = position;
		this.kind = ref.kind();
		this.projectId = ref.projectId();
		this.activityId = ref.kind() == LineKind.ACTIVITY ? ref.id() : null;
		this.itemId = ref.kind() == LineKind.ITEM ? ref.id() : null;
		this.category = ref.category();
		this.label = ref.label().length() > 300 ? ref.label().substring(0, 300) : ref.label();
		this.h1 = hours.get(0);
		this.h2 = hours.get(1);
		this.h3 = hours.get(2);
		this.h4 = hours.get(3);
		this.h5 = hours.get(4);
		this.h6 = hours.get(5);
		this.h7 = hours.get(6);
	}

	/** The hours from Monday (0) to Sunday (6). */
	public List<BigDecimal> hours() {
		return List.of(this.h1, this.h2, this.h3, this.h4, this.h5, this.h6, this.h7);
	}

	public BigDecimal hoursOn(int dayIndex) {
		return hours().get(dayIndex);
	}

	public BigDecimal total() {
		return hours().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether the hours are on a project's work (approved by its manager). */
	public boolean isOnProject() {
		return this.projectId != null;
	}

	void approveBy(long personId) {
		this.approvedBy = personId;
	}

	void clearApproval() {
		this.approvedBy = null;
	}

	public boolean isApproved() {
		return this.approvedBy != null;
	}

	/** The id of what the line is on, for the kind: project, activity or item. */
	public Long ref() {
		return switch (this.kind) {
			case PROJECT -> this.projectId;
			case ACTIVITY -> this.activityId;
			case ITEM -> this.itemId;
			case OTHER -> null;
		};
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("kind", this.kind);
		s.put("projectId", this.projectId);
		s.put("activityId", this.activityId);
		s.put("itemId", this.itemId);
		s.put("category", this.category);
		s.put("hours", new ArrayList<>(hours()));
		s.put("approvedBy", this.approvedBy);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public int position() {
		return this.position;
	}

	public LineKind kind() {
		return this.kind;
	}

	public Long projectId() {
		return this.projectId;
	}

	public Long activityId() {
		return this.activityId;
	}

	public Long itemId() {
		return this.itemId;
	}

	public WorkCategory category() {
		return this.category;
	}

	public String label() {
		return this.label;
	}

	public Long approvedBy() {
		return this.approvedBy;
	}

}
