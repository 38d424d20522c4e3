package org.agilepmo.risk.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.agilepmo.risk.internal.ImpactDimension;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.Response;
import org.agilepmo.risk.internal.Risk;
import org.agilepmo.risk.internal.RiskDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The risk form of the register's pages: every field of a risk, its impact one level per
 * dimension, the residual impact as one level (carried by the dimension that drives the
 * rating), and the reason for a change of rating.
 */
public class RiskForm {

	private Nature nature = Nature.THREAT;

	@Size(max = 200)
	private String title;

	@Size(max = 2000)
	private String cause;

	@Size(max = 2000)
	private String event;

	@Size(max = 2000)
	private String effect;

	private String category;

	private Long ownerId;

	private Integer probability;

	private Integer schedule;

	private Integer cost;

	private Integer quality;

	private Integer reputation;

	private Integer security;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate proximity;

	@Size(max = 1000)
	private String trigger;

	private Response response;

	private Integer residualProbability;

	private Integer residualImpact;

	@Size(max = 1000)
	private String reason;

	private long version;

	static RiskForm of(Risk r) {
		RiskForm f = new RiskForm();
		f.nature = r.nature();
		f.title = r.title();
		f.cause = r.cause();
		f.event = r.event();
		f.effect = r.effect();
		f.category = r.category();
		f.ownerId = r.ownerId();
		f.probability = r.probability();
		f.schedule = r.impacts().level(ImpactDimension.SCHEDULE);
		f.cost = r.impacts().level(ImpactDimension.COST);
		f.quality = r.impacts().level(ImpactDimension.QUALITY);
		f.reputation = r.impacts().level(ImpactDimension.REPUTATION);
		f.security = r.impacts().level(ImpactDimension.SECURITY);
		f.proximity = r.proximity();
		f.trigger = r.trigger();
		f.response = r.response();
		f.residualProbability = r.residualProbability();
		f.residualImpact = r.residualImpact();
		f.version = r.version();
		return f;
	}

	RiskDraft toDraft(List<String> links) {
		Map<String, Integer> impact = new LinkedHashMap<>();
		put(impact, ImpactDimension.SCHEDULE, this.schedule);
		put(impact, ImpactDimension.COST, this.cost);
		put(impact, ImpactDimension.QUALITY, this.quality);
		put(impact, ImpactDimension.REPUTATION, this.reputation);
		put(impact, ImpactDimension.SECURITY, this.security);
		Map<String, Integer> residual = null;
		if (this.residualImpact != null) {
			String worst = impact.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse(ImpactDimension.SCHEDULE.key());
			residual = Map.of(worst, this.residualImpact);
		}
		return new RiskDraft(this.nature, this.title, this.cause, this.event, this.effect, this.category, this.ownerId,
				this.probability, impact, this.proximity, this.trigger, this.response, this.residualProbability,
				residual, links);
	}

	private static void put(Map<String, Integer> impact, ImpactDimension d, Integer level) {
		if (level != null) {
			impact.put(d.key(), level);
		}
	}

	public Nature getNature() {
		return this.nature;
	}

	public void setNature(Nature nature) {
		this.nature = nature;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCause() {
		return this.cause;
	}

	public void setCause(String cause) {
		this.cause = cause;
	}

	public String getEvent() {
		return this.event;
	}

	public void setEvent(String event) {
		this.event = event;
	}

	public String getEffect() {
		return this.effect;
	}

	public void setEffect(String effect) {
		this.effect = effect;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public Integer getProbability() {
		return this.probability;
	}

	public void setProbability(Integer probability) {
		this.probability = probability;
	}

	/** The impact field: the schedule impact carries the "impact is required" message. */
	public Integer getImpact() {
		return this.schedule;
	}

	public Integer getSchedule() {
		return this.schedule;
	}

	public void setSchedule(Integer schedule) {
		this.schedule = schedule;
	}

	public Integer getCost() {
		return this.cost;
	}

	public void setCost(Integer cost) {
		this.cost = cost;
	}

	public Integer getQuality() {
		return this.quality;
	}

	public void setQuality(Integer quality) {
		this.quality = quality;
	}

	public Integer getReputation() {
		return this.reputation;
	}

	public void setReputation(Integer reputation) {
		this.reputation = reputation;
	}

	public Integer getSecurity() {
		return this.security;
	}

	public void setSecurity(Integer security) {
		this.security = security;
	}

	public LocalDate getProximity() {
		return this.proximity;
	}

	public void setProximity(LocalDate proximity) {
		this.proximity = proximity;
	}

	public String getTrigger() {
		return this.trigger;
	}

	public void setTrigger(String trigger) {
		this.trigger = trigger;
	}

	public Response getResponse() {
		return this.response;
	}

	public void setResponse(Response response) {
		this.response = response;
	}

	public Integer getResidualProbability() {
		return this.residualProbability;
	}

	public void setResidualProbability(Integer residualProbability) {
		this.residualProbability = residualProbability;
	}

	public Integer getResidualImpact() {
		return this.residualImpact;
	}

	public void setResidualImpact(Integer residualImpact) {
		this.residualImpact = residualImpact;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
