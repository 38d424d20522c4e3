package org.agilepmo.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;

/**
 * One risk of a project's register: a threat or an opportunity, its cause, event and
 * effect, its owner, and its rating before and after the response. The rating is always
 * the matrix's for the probability and the most severe impact; every change of it is kept
 * as a {@link RatingChange}.
 */
@Entity
@Table(name = "risk")
public class Risk {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", updatable = false)
	private Long projectId;

	@Column(name = "programme_id", updatable = false)
	private Long programmeId;

	@Column(name = "portfolio_id", updatable = false)
	private Long portfolioId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Nature nature;

	@Column(nullable = false)
	private String title;

	private String cause;

	private String event;

	private String effect;

	@Column(nullable = false)
	private String category;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(nullable = false)
	private int probability;

	@Column(nullable = false)
	private String impacts;

	@Column(nullable = false)
	private int score;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Rating rating;

	private LocalDate proximity;

	@Column(name = "trigger_text")
	private String trigger;

	@Enumerated(EnumType.STRING)
	private Response response;

	@Column(name = "residual_probability")
	private Integer residualProbability;

	@Column(name = "residual_impacts")
	private String residualImpacts;

	@Column(name = "residual_score")
	private Integer residualScore;

	@Enumerated(EnumType.STRING)
	@Column(name = "residual_rating")
	private Rating residualRating;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RiskStatus status;

	private String links;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Risk() {
	}

	/**
	 * A risk of a register: a project's, or a programme's or portfolio's, which names the
	 * portfolio it rolls up to.
	 */
	Risk(RegisterScope scope, Long rollsUpTo, Description description, Long ownerId, Assessment assessment,
			RiskMatrix matrix, Instant now) {
		switch (scope.level()) {
			case PROJECT -> this.projectId = scope.id();
			case PROGRAMME -> {
				this.programmeId = scope.id();
				this.portfolioId = rollsUpTo;
			}
			case PORTFOLIO -> this.portfolioId = scope.id();
		}
		this.status = RiskStatus.OPEN;
		this.createdAt = now;
		this.ownerId = ownerId;
		describe(description);
		assess(assessment, matrix);
	}

	void describe(Description d) {
		this.nature = d.nature() == null ? Nature.THREAT : d.nature();
		this.title = Texts.required("title", d.title(), 200);
		this.cause = Texts.optional("cause", d.cause(), 2000);
		this.event = Texts.optional("event", d.event(), 2000);
		this.effect = Texts.optional("effect", d.effect(), 2000);
		this.category = d.category();
		this.proximity = d.proximity();
		this.trigger = Texts.optional("trigger", d.trigger(), 1000);
		String keys = d.links().stream().map(ObjectRef::key).distinct().collect(Collectors.joining(","));
		if (keys.length() > 2000) {
			throw new RuleViolationException("links", "risk.error.tooManyLinks", "too many links");
		}
		this.links = keys.isEmpty() ? null : keys;
		if (this.response != null && !this.response.fits(this.nature)) {
			throw new RuleViolationException("response", "risk.error.responseNature",
					"this response does not fit the risk's nature");
		}
	}

	/**
	 * Rates the risk on the matrix; answers whether its rating (probability, impacts,
	 * residual) changed, which needs a reason and is kept in the history.
	 */
	boolean assess(Assessment a, RiskMatrix matrix) {
		if (a.response() != null && !a.response().fits(this.nature)) {
			throw new RuleViolationException("response", "risk.error.responseNature",
					"this response does not fit the risk's nature");
		}
		boolean changed = this.probability != a.probability() || !a.impacts().equals(impacts())
				|| !java.util.Objects.equals(this.residualProbability, a.residualProbability())
				|| !java.util.Objects.equals(residualImpacts(), a.residualImpacts());
		this.probability = a.probability();
		this.impacts = a.impacts().text();
		this.score = a.probability() * a.impacts().worst();
		this.rating = matrix.rate(a.probability(), a.impacts().worst());
		this.response = a.response();
		if (a.hasResidual()) {
			this.residualProbability = a.residualProbability();
			this.residualImpacts = a.residualImpacts().text();
			this.residualScore = a.residualProbability() * a.residualImpacts().worst();
			this.residualRating = matrix.rate(a.residualProbability(), a.residualImpacts().worst());
		}
		else {
			this.residualProbability = null;
			this.residualImpacts = null;
			this.residualScore = null;
			this.residualRating = null;
		}
		return changed;
	}

	void assignOwner(Long ownerId) {
		this.ownerId = ownerId;
	}

	/**
	 * The risk happened: it is no longer a risk but an issue, which keeps its history.
	 */
	void occur() {
		if (this.status != RiskStatus.OPEN) {
			throw new RuleViolationException("status", "risk.error.notOpen", "only an open risk can occur or close");
		}
		this.status = RiskStatus.OCCURRED;
	}

	void close() {
		if (this.status != RiskStatus.OPEN) {
			throw new RuleViolationException("status", "risk.error.notOpen", "only an open risk can occur or close");
		}
		this.status = RiskStatus.CLOSED;
	}

	void reopen() {
		if (this.status != RiskStatus.CLOSED) {
			throw new RuleViolationException("status", "risk.error.notClosed", "only a closed risk can be reopened");
		}
		this.status = RiskStatus.OPEN;
	}

	/**
	 * Open, rated high or worse, and without a response: what a register review fails on.
	 */
	boolean isUnansweredHigh() {
		return this.status == RiskStatus.OPEN && this.nature == Nature.THREAT && this.rating.atLeast(Rating.HIGH)
				&& this.response == null;
	}

	/** The code people use for it: {@code R-12}. */
	public String code() {
		return "R-" + this.id;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	/**
	 * The project whose register it is in, or {@code null} for a programme's or
	 * portfolio's.
	 */
	public Long projectId() {
		return this.projectId;
	}

	/** The programme whose register it is in, or {@code null}. */
	public Long programmeId() {
		return this.programmeId;
	}

	/**
	 * The portfolio a programme's or portfolio's risk rolls up to; {@code null} for a
	 * project's.
	 */
	public Long portfolioId() {
		return this.portfolioId;
	}

	/** Whose register the risk is in. */
	public RegisterScope scope() {
		if (this.projectId != null) {
			return RegisterScope.project(this.projectId);
		}
		return this.programmeId != null ? RegisterScope.programme(this.programmeId)
				: RegisterScope.portfolio(this.portfolioId);
	}

	public Nature nature() {
		return this.nature;
	}

	public String title() {
		return this.title;
	}

	public String cause() {
		return this.cause;
	}

	public String event() {
		return this.event;
	}

	public String effect() {
		return this.effect;
	}

	public String category() {
		return this.category;
	}

	public Long ownerId() {
		return this.ownerId;
	}

	public int probability() {
		return this.probability;
	}

	public Impacts impacts() {
		return Impacts.parse(this.impacts);
	}

	public int score() {
		return this.score;
	}

	public Rating rating() {
		return this.rating;
	}

	public LocalDate proximity() {
		return this.proximity;
	}

	public String trigger() {
		return this.trigger;
	}

	public Response response() {
		return this.response;
	}

	public Integer residualProbability() {
		return this.residualProbability;
	}

	public Impacts residualImpacts() {
		return Impacts.parse(this.residualImpacts);
	}

	public Integer residualScore() {
		return this.residualScore;
	}

	public Rating residualRating() {
		return this.residualRating;
	}

	/** The residual impact that drives the residual rating, or {@code null}. */
	public Integer residualImpact() {
		Impacts r = residualImpacts();
		return r == null ? null : r.worst();
	}

	/** The impact that drives the rating. */
	public int impact() {
		return impacts().worst();
	}

	public RiskStatus status() {
		return this.status;
	}

	public List<ObjectRef> links() {
		return this.links == null ? List.of()
				: Arrays.stream(this.links.split(",")).map(k -> ObjectRef.parse(k).orElseThrow()).toList();
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	String state() {
		return code() + " " + this.status + " " + this.nature + " \"" + this.title + "\" " + this.category + " owner "
				+ this.ownerId + " P" + this.probability + " " + this.impacts + " " + this.rating + " response "
				+ this.response + " residual " + this.residualProbability + " " + this.residualImpacts + " "
				+ this.residualRating + " proximity " + this.proximity + " links " + this.links;
	}

}
