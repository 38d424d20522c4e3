package org.agilepmo.risk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.Response;
import org.agilepmo.risk.internal.RiskDraft;
import org.agilepmo.web.Patch;

/**
 * Changes to a risk: properties left out keep their value, properties sent as
 * {@code null} are cleared (where the risk allows it). A change of probability, impact or
 * residual rating needs a {@code reason}.
 */
@Schema(name = "RiskPatch", description = "Only the properties sent are changed; a change of rating needs a reason")
public class RiskPatch extends Patch<RiskDraft> {

	private Nature nature;

	private String title;

	private String cause;

	private String event;

	private String effect;

	private String category;

	private Long ownerId;

	private Integer probability;

	private Map<String, Integer> impact;

	private LocalDate proximity;

	private String trigger;

	private Response response;

	private Integer residualProbability;

	private Map<String, Integer> residualImpact;

	private List<String> links;

	private String reason;

	@Override
	public RiskDraft applyTo(RiskDraft d) {
		return new RiskDraft(pick("nature", this.nature, d.nature()), pick("title", this.title, d.title()),
				pick("cause", this.cause, d.cause()), pick("event", this.event, d.event()),
				pick("effect", this.effect, d.effect()), pick("category", this.category, d.category()),
				pick("ownerId", this.ownerId, d.ownerId()), pick("probability", this.probability, d.probability()),
				pick("impact", this.impact, d.impact()), pick("proximity", this.proximity, d.proximity()),
				pick("trigger", this.trigger, d.trigger()), pick("response", this.response, d.response()),
				pick("residualProbability", this.residualProbability, d.residualProbability()),
				pick("residualImpact", this.residualImpact, d.residualImpact()), pick("links", this.links, d.links()));
	}

	/** Why the rating changes; kept in the risk's history. */
	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Nature getNature() {
		return this.nature;
	}

	public void setNature(Nature nature) {
		mark("nature");
		this.nature = nature;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		mark("title");
		this.title = title;
	}

	public String getCause() {
		return this.cause;
	}

	public void setCause(String cause) {
		mark("cause");
		this.cause = cause;
	}

	public String getEvent() {
		return this.event;
	}

	public void setEvent(String event) {
		mark("event");
		this.event = event;
	}

	public String getEffect() {
		return this.effect;
	}

	public void setEffect(String effect) {
		mark("effect");
		this.effect = effect;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		mark("category");
		this.category = category;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		mark("ownerId");
		this.ownerId = ownerId;
	}

	public Integer getProbability() {
		return this.probability;
	}

	public void setProbability(Integer probability) {
		mark("probability");
		this.probability = probability;
	}

	public Map<String, Integer> getImpact() {
		return this.impact;
	}

	public void setImpact(Map<String, Integer> impact) {
		mark("impact");
		this.impact = impact;
	}

	public LocalDate getProximity() {
		return this.proximity;
	}

	public void setProximity(LocalDate proximity) {
		mark("proximity");
		this.proximity = proximity;
	}

	public String getTrigger() {
		return this.trigger;
	}

	public void setTrigger(String trigger) {
		mark("trigger");
		this.trigger = trigger;
	}

	public Response getResponse() {
		return this.response;
	}

	public void setResponse(Response response) {
		mark("response");
		this.response = response;
	}

	public Integer getResidualProbability() {
		return this.residualProbability;
	}

	public void setResidualProbability(Integer residualProbability) {
		mark("residualProbability");
		this.residualProbability = residualProbability;
	}

	public Map<String, Integer> getResidualImpact() {
		return this.residualImpact;
	}

	public void setResidualImpact(Map<String, Integer> residualImpact) {
		mark("residualImpact");
		this.residualImpact = residualImpact;
	}

	public List<String> getLinks() {
		return this.links;
	}

	public void setLinks(List<String> links) {
		mark("links");
		this.links = links;
	}

}
