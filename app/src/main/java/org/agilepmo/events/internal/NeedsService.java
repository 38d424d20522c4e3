package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training needs assessments of units: a campaign lists the skills and topics; each
 * person of the unit says how much they need each (0 none to 3 high) while it is open;
 * the consolidated needs rank the topics; each need is followed up by linking it to a
 * training the unit plans. Seen by the unit's people and the PMO (404 otherwise).
 */
@Service
public class NeedsService {

	static final String ENTITY = "needs-assessment";

	static final String TOPIC = "needs-topic";

	/** One topic's consolidated need. */
	public record Need(NeedsTopic topic, long responses, long[] levels, BigDecimal average, Event plannedEvent) {

		/** High and medium needs together, as the ranking counts them. */
		public long highOrMedium() {
			return this.levels[2] + this.levels[3];
		}

	}

	private final NeedsCampaigns campaigns;

	private final NeedsTopics topics;

	private final EventAccess access;

	private final Events events;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	NeedsService(NeedsCampaigns campaigns, NeedsTopics topics, EventAccess access, Events events, AuditTrail audit,
			JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.topics = topics;
		this.access = access;
		this.events = events;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	public NeedsCampaign create(Actor actor, Long unitId, String title, LocalDate closesOn, List<String> topicNames) {
		this.access.organisableUnit(actor, unitId);
		Set<String> names = new LinkedHashSet<>();
		for (String n : topicNames == null ? List.<String>of() : topicNames) {
			if (n != null && !n.isBlank()) {
				names.add(n.strip());
			}
		}
		if (names.isEmpty()) {
			throw new RuleViolationException("topics", "events.error.noTopics", "name at least one topic");
		}
		NeedsCampaign campaign = this.campaigns
			.saveAndFlush(new NeedsCampaign(unitId, title, closesOn, actor.id(), Instant.now()));
		for (String n : names) {
			this.topics.save(new NeedsTopic(campaign.id(), n));
		}
		this.topics.flush();
		this.audit.record(AuditRecord.created(ENTITY, campaign.id(), Classification.RESTRICTED,
				Map.of("unitId", unitId, "title", campaign.title(), "topics", List.copyOf(names))));
		return campaign;
	}

	public boolean maySee(Actor actor, NeedsCampaign c) {
		return this.access.isPmo(actor) || this.access.unitsOf(actor).contains(c.unitId());
	}

	@Transactional(readOnly = true)
	public NeedsCampaign get(Actor actor, long id) {
		return this.campaigns.findById(id)
			.filter(c -> maySee(actor, c))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@Transactional(readOnly = true)
	public List<NeedsCampaign> list(Actor actor) {
		return this.access.isPmo(actor) ? this.campaigns.findAllByOrderByIdDesc()
				: this.campaigns.findByUnitIdInOrderByIdDesc(this.access.unitsOf(actor));
	}

	@Transactional(readOnly = true)
	public List<NeedsTopic> topics(long campaignId) {
		return this.topics.findByCampaignIdOrderByIdAsc(campaignId);
	}

	/** The person's answers: need level by topic id. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> answersOf(long campaignId, long personId) {
		Map<Long, Integer> levels = new HashMap<>();
		this.jdbc.sql(
				"select r.topic_id, r.level from events_needs_response r join events_needs_topic t on t.id = r.topic_id "
						+ "where t.campaign_id = ? and r.person_id = ?")
			.params(campaignId, personId)
			.query((rs, n) -> levels.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return levels;
	}

	/**
	 * A person of the unit says how much they need each topic; answering again replaces.
	 */
	@Transactional
	public void respond(Actor actor, long campaignId, Map<Long, Integer> levels) {
		NeedsCampaign campaign = get(actor, campaignId);
		if (!campaign.isOpen()) {
			throw new RuleViolationException("status", "events.error.campaignClosed", "the assessment is closed");
		}
		if (!this.access.unitsOf(actor).contains(campaign.unitId())) {
			throw new RuleViolationException("levels", "events.error.notUnitMember",
					"only the unit's people answer its assessment");
		}
		Set<Long> topicIds = new java.util.HashSet<>();
		topics(campaignId).forEach(t -> topicIds.add(t.id()));
		for (Map.Entry<Long, Integer> e : levels.entrySet()) {
			if (!topicIds.contains(e.getKey())) {
				throw new RuleViolationException("levels", "events.error.unknownTopic", "no such topic");
			}
			if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 3) {
				throw new RuleViolationException("level-" + e.getKey(), "events.error.level",
						"choose a level from 0 to 3");
			}
		}
		for (Map.Entry<Long, Integer> e : levels.entrySet()) {
			this.jdbc.sql("delete from events_needs_response where topic_id = ? and person_id = ?")
				.params(e.getKey(), actor.id())
				.update();
			this.jdbc.sql("insert into events_needs_response (topic_id, person_id, level) values (?, ?, ?)")
				.params(e.getKey(), actor.id(), e.getValue())
				.update();
		}
		this.audit.record(new AuditRecord(ENTITY + ".answered", ENTITY, String.valueOf(campaignId),
				Classification.RESTRICTED, null, null, Map.of("personId", actor.id(), "topics", levels.size())));
	}

	@Transactional
	public NeedsCampaign close(Actor actor, long campaignId, long expectedVersion) {
		NeedsCampaign campaign = get(actor, campaignId);
		Versioned.check(ENTITY, campaignId, expectedVersion, campaign.version());
		campaign.close();
		try {
			this.campaigns.saveAndFlush(campaign);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, campaignId, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(new AuditRecord(ENTITY + ".closed", ENTITY, String.valueOf(campaignId),
				Classification.RESTRICTED, null, Map.of("status", "OPEN"), Map.of("status", "CLOSED")));
		return campaign;
	}

	/** The consolidated needs, the most needed first. */
	@Transactional(readOnly = true)
	public List<Need> consolidated(Actor actor, long campaignId) {
		get(actor, campaignId);
		List<Need> needs = new ArrayList<>();
		for (NeedsTopic t : topics(campaignId)) {
			long[] levels = new long[4];
			this.jdbc.sql("select level, count(*) from events_needs_response where topic_id = ? group by level")
				.param(t.id())
				.query((rs, n) -> {
					levels[rs.getInt(1)] = rs.getLong(2);
					return null;
				})
				.list();
			long count = levels[0] + levels[1] + levels[2] + levels[3];
			BigDecimal average = count == 0 ? null : BigDecimal.valueOf(levels[1] + 2 * levels[2] + 3 * levels[3])
				.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
			Event planned = t.plannedEventId() == null ? null
					: this.access.find(actor, t.plannedEventId()).orElse(null);
			needs.add(new Need(t, count, levels, average, planned));
		}
		needs.sort((a, b) -> {
			BigDecimal x = a.average() == null ? BigDecimal.ZERO : a.average();
			BigDecimal y = b.average() == null ? BigDecimal.ZERO : b.average();
			return y.compareTo(x);
		});
		return needs;
	}

	/**
	 * Follows a need up: the training planned for it (a training of the same unit) and
	 * how far it has gone.
	 */
	@Transactional
	public NeedsTopic followUp(Actor actor, long topicId, long expectedVersion, NeedsTopic.FollowUp status,
			Long plannedEventId, String note) {
		NeedsTopic topic = this.topics.findById(topicId).orElseThrow(() -> new NotFoundException(TOPIC, topicId));
		NeedsCampaign campaign = get(actor, topic.campaignId());
		Versioned.check(TOPIC, topicId, expectedVersion, topic.version());
		if (status == null) {
			throw new RuleViolationException("followUp", "events.error.required", "is required");
		}
		if (plannedEventId != null) {
			Event event = this.access.find(actor, plannedEventId)
				.filter(e -> e.unitId() == campaign.unitId() && e.isTraining())
				.orElseThrow(() -> new RuleViolationException("plannedEventId", "events.error.notUnitTraining",
						"choose a training of the unit"));
		}
		else if (status == NeedsTopic.FollowUp.PLANNED || status == NeedsTopic.FollowUp.DELIVERED) {
			throw new RuleViolationException("plannedEventId", "events.error.trainingNeeded",
					"a planned or delivered need names its training");
		}
		var before = topic.state();
		topic.followUp(status, plannedEventId, note);
		try {
			this.topics.saveAndFlush(topic);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(TOPIC, topicId, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(new AuditRecord(TOPIC + ".followed-up", ENTITY, String.valueOf(campaign.id()),
				Classification.RESTRICTED, null, before, topic.state()));
		return topic;
	}

	/** The unit's trainings, to choose the one that follows a need up. */
	@Transactional(readOnly = true)
	public List<Event> trainingsOf(Actor actor, long unitId) {
		return this.access.visibleEvents(actor).stream().filter(e -> e.unitId() == unitId && e.isTraining()).toList();
	}

}
