package org.agilepmo.portfolio.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.portfolio.PortfolioRole;

/**
 * A portfolio: the investments the organisation steers together, with the people who
 * manage or watch it.
 */
@Entity
@Table(name = "portfolio")
class Portfolio {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	private String description;

	@ElementCollection
	@CollectionTable(name = "portfolio_member", joinColumns = @JoinColumn(name = "portfolio_id"))
	@MapKeyColumn(name = "person_id")
	@Column(name = "role", nullable = false)
	@Enumerated(EnumType.STRING)
	private Map<Long, PortfolioRole> members = new HashMap<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Portfolio() {
	}

	Portfolio(String code, String name, String description) {
		this.code = Rules.code(code);
		this.name = Rules.name(name);
		this.description = Rules.description(description);
		this.createdAt = now();
		this.updatedAt = this.createdAt;
	}

	void revise(String code, String name, String description) {
		this.code = Rules.code(code);
		this.name = Rules.name(name);
		this.description = Rules.description(description);
		this.updatedAt = now();
	}

	/**
	 * Gives the person the role on this portfolio, or takes their role away when null.
	 */
	void assign(long personId, PortfolioRole role) {
		if (role == null) {
			this.members.remove(personId);
		}
		else {
			this.members.put(personId, role);
		}
		this.updatedAt = now();
	}

	Optional<PortfolioRole> roleOf(long personId) {
		return Optional.ofNullable(this.members.get(personId));
	}

	Map<Long, PortfolioRole> members() {
		return Map.copyOf(this.members);
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.description, new java.util.TreeMap<>(this.members));
	}

	/** The state recorded in the audit trail. */
	record Snapshot(String code, String name, String description, Map<Long, PortfolioRole> members) {
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}
