package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.agilepmo.finance.CostCategory;

/**
 * Where a project's money comes from: the organisation's regular budget, or a donor's
 * grant agreement with its amount, currency, period, eligible cost categories, conditions
 * and reporting periods. The donor's person, when named, reads the grant's report.
 */
@Entity
@Table(name = "finance_source")
public class FundingSource {

	/** The regular budget or an external donor's grant. */
	public enum Kind {

		REGULAR, GRANT

	}

	/** How often the donor expects a financial report. */
	public enum Reporting {

		QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

		private final int months;

		Reporting(int months) {
			this.months = months;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String name;

	private String donor;

	@Column(name = "donor_person_id")
	private Long donorPersonId;

	private String reference;

	private BigDecimal amount;

	@Column(nullable = false)
	private String currency;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(nullable = false)
	private String eligible;

	private String conditions;

	@Enumerated(EnumType.STRING)
	private Reporting reporting;

	protected FundingSource() {
	}

	/** What a source states, as the PMO enters it. */
	public record SourceDraft(Kind kind, String name, String donor, Long donorPersonId, String reference,
			BigDecimal amount, String currency, LocalDate startsOn, LocalDate endsOn, Set<CostCategory> eligible,
			String conditions, Reporting reporting) {

	}

	static FundingSource of(SourceDraft draft) {
		FundingSource source = new FundingSource();
		source.apply(draft);
		return source;
	}

	void revise(SourceDraft draft) {
		apply(draft);
	}

	private void apply(SourceDraft d) {
		this.kind = Rules.required("kind", d.kind());
		this.name = Rules.text("name", d.name(), 200);
		this.currency = Rules.currency("currency", d.currency());
		this.conditions = Rules.optional("conditions", d.conditions(), 2000);
		this.reference = Rules.optional("reference", d.reference(), 100);
		Set<CostCategory> categories = (d.eligible() == null || d.eligible().isEmpty())
				? EnumSet.allOf(CostCategory.class) : EnumSet.copyOf(d.eligible());
		this.eligible = categories.stream().map(Enum::name).collect(Collectors.joining(","));
		if (this.kind == Kind.GRANT) {
			this.donor = Rules.text("donor", d.donor(), 200);
			this.amount = Rules.amount("amount", d.amount(), this.currency, false);
			this.startsOn = Rules.required("startsOn", d.startsOn());
			this.endsOn = Rules.required("endsOn", d.endsOn());
			if (this.endsOn.isBefore(this.startsOn)) {
				throw Rules.violation("endsOn", "endBeforeStart", "must not be before the start");
			}
			this.reporting = (d.reporting() == null) ? Reporting.QUARTERLY : d.reporting();
			this.donorPersonId = d.donorPersonId();
		}
		else {
			this.donor = null;
			this.amount = (d.amount() == null) ? null : Rules.amount("amount", d.amount(), this.currency, false);
			this.startsOn = d.startsOn();
			this.endsOn = d.endsOn();
			this.reporting = null;
			this.donorPersonId = null;
		}
	}

	/** Whether money of this category may be charged to the source. */
	public boolean isEligible(CostCategory category) {
		return eligible().contains(category);
	}

	/**
	 * Whether a cost of that day falls in the grant's period (always, for the regular
	 * budget).
	 */
	public boolean covers(LocalDate day) {
		return (this.startsOn == null || !day.isBefore(this.startsOn))
				&& (this.endsOn == null || !day.isAfter(this.endsOn));
	}

	/**
	 * The grant's reporting periods from its start to its end, each [first day, last
	 * day].
	 */
	public List<LocalDate[]> reportingPeriods() {
		List<LocalDate[]> periods = new ArrayList<>();
		if (this.kind != Kind.GRANT) {
			return periods;
		}
		LocalDate start = this.startsOn;
		while (!start.isAfter(this.endsOn)) {
			LocalDate end = YearMonth.from(start).plusMonths(this.reporting.months - 1L).atEndOfMonth();
			periods.add(new LocalDate[] { start, end.isAfter(this.endsOn) ? this.endsOn : end });
			start = end.plusDays(1);
		}
		return periods;
	}

	public Set<CostCategory> eligible() {
		if (this.eligible == null || this.eligible.isBlank()) {
			return EnumSet.noneOf(CostCategory.class);
		}
		return Arrays.stream(this.eligible.split(","))
			.map(CostCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CostCategory.class)));
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean isGrant() {
		return this.kind == Kind.GRANT;
	}

	public String name() {
		return this.name;
	}

	public String donor() {
		return this.donor;
	}

	public Long donorPersonId() {
		return this.donorPersonId;
	}

	public String reference() {
		return this.reference;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public String conditions() {
		return this.conditions;
	}

	public Reporting reporting() {
		return this.reporting;
	}

	Object snapshot() {
		return java.util.Map.of("kind", this.kind, "name", this.name, "currency", this.currency, "amount",
				this.amount == null ? "" : this.amount.toPlainString(), "eligible", this.eligible, "period",
				this.startsOn + ".." + this.endsOn);
	}

}
