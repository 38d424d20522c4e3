package org.agilepmo.delivery.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * How a squad works: Scrum or Kanban, its definitions of ready and done (one checklist
 * line each), and how many recent sprints its velocity averages.
 */
@Entity
@Table(name = "delivery_squad")
class SquadSettings {

	static final int DEFAULT_WINDOW = 3;

	@Id
	@Column(name = "squad_id")
	private Long squadId;

	/** {@code null} until first saved, so that the first save inserts the row. */
	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BoardMode mode;

	@Column(name = "definition_of_ready")
	private String definitionOfReady;

	@Column(name = "definition_of_done")
	private String definitionOfDone;

	@Column(name = "velocity_window", nullable = false)
	private int velocityWindow;

	protected SquadSettings() {
	}

	static SquadSettings defaults(long squadId) {
		SquadSettings settings = new SquadSettings();
		settings.squadId = squadId;
		settings.mode = BoardMode.SCRUM;
		settings.velocityWindow = DEFAULT_WINDOW;
		return settings;
	}

	void change(BoardMode mode, List<String> ready, List<String> done, int window) {
		if (mode == null) {
			throw new RuleViolationException("mode", "delivery.error.required", "mode is required");
		}
		if (window < 1 || window > 12) {
			throw new RuleViolationException("velocityWindow", "delivery.error.window",
					"velocity is averaged over 1 to 12 sprints");
		}
		this.mode = mode;
		this.definitionOfReady = join("definitionOfReady", ready);
		this.definitionOfDone = join("definitionOfDone", done);
		this.velocityWindow = window;
	}

	private static String join(String field, List<String> lines) {
		List<String> clean = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
		for (String line : clean) {
			if (line.length() > 300) {
				throw new RuleViolationException(field, "delivery.error.tooLong", "a checklist line is too long", 300);
			}
		}
		String joined = String.join("\n", clean);
		if (joined.length() > 4000) {
			throw new RuleViolationException(field, "delivery.error.tooLong", "the definition is too long", 4000);
		}
		return joined.isEmpty() ? null : joined;
	}

	Long squadId() {
		return this.squadId;
	}

	long version() {
		return (this.version == null) ? 0 : this.version;
	}

	BoardMode mode() {
		return this.mode;
	}

	List<String> definitionOfReady() {
		return lines(this.definitionOfReady);
	}

	List<String> definitionOfDone() {
		return lines(this.definitionOfDone);
	}

	int velocityWindow() {
		return this.velocityWindow;
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : Arrays.asList(text.split("\n"));
	}

	record Snapshot(BoardMode mode, List<String> definitionOfReady, List<String> definitionOfDone, int velocityWindow) {
	}

	Snapshot snapshot() {
		return new Snapshot(this.mode, definitionOfReady(), definitionOfDone(), this.velocityWindow);
	}

}
