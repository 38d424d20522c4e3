package org.agilepmo.planning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;

/**
 * A logical link between two activities of a plan; the lag is in working minutes on the
 * successor's calendar, or a percentage of the predecessor's duration.
 */
@Entity
@Table(name = "plan_dependency")
class Dependency {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(name = "predecessor_id", nullable = false)
	private long predecessorId;

	@Column(name = "successor_id", nullable = false)
	private long successorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "link_type", nullable = false)
	private LinkType type;

	@Column(name = "lag_value", nullable = false)
	private int lagValue;

	@Column(name = "lag_percent", nullable = false)
	private boolean lagPercent;

	@Column(name = "lag_elapsed", nullable = false)
	private boolean lagElapsed;

	protected Dependency() {
	}

	Dependency(long planId, long predecessorId, long successorId, LinkType type, Lag lag) {
		this.planId = planId;
		this.predecessorId = predecessorId;
		this.successorId = successorId;
		change(type, lag);
	}

	void change(LinkType newType, Lag lag) {
		this.type = newType;
		this.lagValue = lag.value();
		this.lagPercent = lag.percent();
		this.lagElapsed = lag.elapsed();
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long planId() {
		return this.planId;
	}

	long predecessorId() {
		return this.predecessorId;
	}

	long successorId() {
		return this.successorId;
	}

	LinkType type() {
		return this.type;
	}

	Lag lag() {
		return new Lag(this.lagValue, this.lagPercent, this.lagElapsed);
	}

	DependencySnapshot snapshot() {
		return new DependencySnapshot(this.predecessorId, this.successorId, this.type, this.lagValue, this.lagPercent);
	}

	record DependencySnapshot(long predecessorId, long successorId, LinkType type, int lag, boolean lagPercent) {
	}

}
