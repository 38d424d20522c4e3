package org.agilepmo.governance.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.RuleViolationException;

/**
 * The criteria and deliverables of the gate a project passes to enter a stage; copied
 * into each governed project's gate, so that later changes to the template leave gates
 * already opened as they were.
 */
@Entity
@Table(name = "gate_template")
public class GateTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_stage", nullable = false, updatable = false)
	private Stage targetStage;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "gate_template_item", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	private List<TemplateItem> items = new ArrayList<>();

	protected GateTemplate() {
	}

	GateTemplate(Stage targetStage, List<TemplateItem> items) {
		this.targetStage = targetStage;
		replaceItems(items);
	}

	void replaceItems(List<TemplateItem> items) {
		Set<String> codes = new HashSet<>();
		List<TemplateItem> checked = new ArrayList<>();
		for (TemplateItem i : items) {
			if (i.code() == null || !i.code().matches("[A-Z0-9_]{2,40}")) {
				throw new RuleViolationException("items", "governance.error.itemCode",
						"item codes are 2 to 40 capital letters, digits or underscores");
			}
			if (!codes.add(i.code())) {
				throw new RuleViolationException("items", "governance.error.duplicateItem",
						"item code " + i.code() + " appears twice", i.code());
			}
			if (i.kind() == null || i.signOffRole() == null) {
				throw new RuleViolationException("items", "governance.error.required",
						"each item needs a kind and a sign-off role");
			}
			String title = i.title() == null ? "" : i.title().strip();
			if (title.isEmpty() || title.length() > 200) {
				throw new RuleViolationException("items", "governance.error.itemTitle",
						"each item needs a title of 1 to 200 characters");
			}
			checked.add(new TemplateItem(i.code(), title, i.standard(), i.kind(), i.mandatory(), i.signOffRole()));
		}
		if (checked.size() > 50) {
			throw new RuleViolationException("items", "governance.error.tooManyItems", "at most 50 items", 50);
		}
		this.items.clear();
		this.items.addAll(checked);
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public Stage targetStage() {
		return this.targetStage;
	}

	public List<TemplateItem> items() {
		return List.copyOf(this.items);
	}

}
