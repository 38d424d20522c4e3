package org.agilepmo.quality.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.agilepmo.delivery.SquadDelivery;
import org.agilepmo.delivery.SquadDelivery.DefectFigures;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.quality.internal.Dora.ChangeFact;
import org.agilepmo.quality.internal.Dora.DeploymentFact;
import org.agilepmo.quality.internal.Dora.Figures;
import org.agilepmo.quality.internal.Dora.IncidentFact;
import org.agilepmo.quality.internal.Dora.Week;
import org.agilepmo.quality.internal.Dora.Window;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A squad's DORA figures as its readers see them: the four keys over a window ending now,
 * the weekly series behind each chart, the band reached against the tribe's target, the
 * backlog's defects, and the events behind one week of one chart. Reads only.
 */
@Service
public class DoraReadings {

	/** The windows people may choose, in days. */
	public static final List<Integer> WINDOWS = List.of(30, 90, 180);

	/** The four charts. */
	public enum Metric {

		FREQUENCY, LEAD_TIME, FAILURE_RATE, RESTORE

	}

	private final IndicatorAccess access;

	private final Deployments deployments;

	private final Changes changes;

	private final Incidents incidents;

	private final Targets targets;

	private final SquadDelivery delivery;

	private final OrganisationDirectory organisation;

	private final OrganisationManagement units;

	private final Clock clock;

	DoraReadings(IndicatorAccess access, Deployments deployments, Changes changes, Incidents incidents, Targets targets,
			SquadDelivery delivery, OrganisationDirectory organisation, OrganisationManagement units,
			Optional<Clock> clock) {
		this.access = access;
		this.deployments = deployments;
		this.changes = changes;
		this.incidents = incidents;
		this.targets = targets;
		this.delivery = delivery;
		this.organisation = organisation;
		this.units = units;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** One squad's page. */
	public record SquadDora(OrgUnitSummary squad, OrgUnitSummary tribe, int days, Window window, String service,
			List<String> services, Figures figures, List<Week> weeks, Band target, DefectFigures defects) {

		public boolean targetMet() {
			return this.figures.band() != null && this.figures.band().reaches(this.target);
		}

	}

	/** The events behind one point of a chart. */
	public record Rows(Metric metric, LocalDate week, List<Deployment> deployments, List<ChangeRow> changes,
			List<Incident> incidents) {

	}

	/** A deployed change with its lead time. */
	public record ChangeRow(Change change, Deployment deployment, Duration leadTime) {

	}

	/** One squad's line of an overview. */
	public record SquadLine(OrgUnitSummary squad, Figures figures, Band target, DefectFigures defects) {

		public boolean targetMet() {
			return this.figures.band() != null && this.figures.band().reaches(this.target);
		}

	}

	/** A tribe's or a competency centre's squads. */
	public record Group(OrgUnitSummary unit, List<SquadLine> squads) {

	}

	/**
	 * The PMO's and the CTO's view: every visible squad, by tribe and by competency
	 * centre.
	 */
	public record Overview(int days, List<Group> tribes, List<Group> centres) {

	}

	@Transactional(readOnly = true)
	public SquadDora squad(Actor actor, long squadId, int days, String service) {
		OrgUnitSummary squad = this.access.requireSquad(squadId, actor);
		Window window = window(days);
		Facts facts = facts(squadId, window, service);
		OrgUnitSummary tribe = squad.parentId() == null ? null : this.organisation.find(squad.parentId()).orElse(null);
		return new SquadDora(squad, tribe, days, window, blankToNull(service), services(squadId),
				Dora.figures(window, facts.deployments(), facts.changes(), facts.incidents()),
				Dora.weekly(window, facts.deployments(), facts.changes(), facts.incidents()),
				targetOf(squad.parentId()), this.delivery.defectsOfSquad(squadId, actor));
	}

	/** The events behind one week of one chart. */
	@Transactional(readOnly = true)
	public Rows rows(Actor actor, long squadId, int days, String service, Metric metric, LocalDate week) {
		this.access.requireSquad(squadId, actor);
		Window window = window(days);
		Instant start = week.atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant from = start.isBefore(window.from()) ? window.from() : start;
		Instant end = week.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant to = end.isAfter(window.to()) ? window.to() : end;
		if (!from.isBefore(to)) {
			return new Rows(metric, week, List.of(), List.of(), List.of());
		}
		List<Deployment> deployed = deployments(squadId, from, to, service);
		Map<Long, Deployment> byId = new HashMap<>();
		deployed.forEach(d -> byId.put(d.id(), d));
		return switch (metric) {
			case FREQUENCY -> new Rows(metric, week, deployed, List.of(), List.of());
			case FAILURE_RATE -> {
				Set<Long> caused = causing(squadId, to);
				yield new Rows(metric, week,
						deployed.stream().filter(d -> d.failed() || caused.contains(d.id())).toList(), List.of(),
						List.of());
			}
			case LEAD_TIME -> new Rows(metric, week, List.of(),
					byId.isEmpty() ? List.of()
							: this.changes.findByDeploymentIdIn(byId.keySet())
								.stream()
								.map(c -> new ChangeRow(c, byId.get(c.deploymentId()),
										Duration.between(c.committedAt(), byId.get(c.deploymentId()).deployedAt())))
								.sorted(Comparator.comparing((ChangeRow r) -> r.deployment().deployedAt()))
								.toList(),
					List.of());
			case RESTORE -> new Rows(metric, week, List.of(), List.of(), this.incidents
				.findBySquadIdAndOpenedAtLessThanOrderByOpenedAtAsc(squadId, to)
				.stream()
				.filter(i -> service == null || service.isBlank() || i.serviceRef().equals(service))
				.filter(i -> i.resolvedAt() != null && !i.resolvedAt().isBefore(from) && i.resolvedAt().isBefore(to))
				.toList());
		};
	}

	@Transactional(readOnly = true)
	public Overview overview(Actor actor, int days) {
		Window window = window(days);
		List<OrgUnitSummary> squads = this.access.visibleSquads(actor);
		Map<Long, SquadLine> lines = new LinkedHashMap<>();
		for (OrgUnitSummary squad : squads) {
			Facts facts = facts(squad.id(), window, null);
			lines.put(squad.id(),
					new SquadLine(squad, Dora.figures(window, facts.deployments(), facts.changes(), facts.incidents()),
							targetOf(squad.parentId()), this.delivery.defectsOfSquad(squad.id(), actor)));
		}
		Map<Long, List<SquadLine>> byTribe = new LinkedHashMap<>();
		lines.values().forEach(l -> byTribe.computeIfAbsent(l.squad().parentId(), k -> new ArrayList<>()).add(l));
		List<Group> tribes = new ArrayList<>();
		Map<Long, OrgUnitSummary> tribeUnits = this.organisation.findAll(byTribe.keySet());
		byTribe.forEach((tribeId, list) -> {
			OrgUnitSummary tribe = tribeUnits.get(tribeId);
			if (tribe != null) {
				tribes.add(new Group(tribe, list));
			}
		});
		tribes.sort(Comparator.comparing(g -> g.unit().name()));
		List<Group> centres = new ArrayList<>();
		if (!lines.isEmpty()) {
			Map<Long, Set<Long>> squadMembers = new HashMap<>();
			for (Long squadId : lines.keySet()) {
				Set<Long> members = new HashSet<>();
				this.units.details(squadId).members().forEach(p -> members.add(p.id()));
				squadMembers.put(squadId, members);
			}
			for (OrgUnitSummary centre : this.organisation.ofType(UnitType.COMPETENCY_CENTRE)) {
				Set<Long> staff = new HashSet<>();
				this.units.details(centre.id()).members().forEach(p -> staff.add(p.id()));
				List<SquadLine> staffed = lines.values()
					.stream()
					.filter(l -> squadMembers.get(l.squad().id()).stream().anyMatch(staff::contains))
					.toList();
				if (!staffed.isEmpty()) {
					centres.add(new Group(centre, staffed));
				}
			}
			centres.sort(Comparator.comparing(g -> g.unit().name()));
		}
		return new Overview(days, tribes, centres);
	}

	/**
	 * The band the squad's tribe aims for: its own, else the PMO's default, else high.
	 */
	public Band targetOf(Long tribeId) {
		Optional<Target> own = tribeId == null ? Optional.empty() : this.targets.findByTribeId(tribeId);
		return own.or(this.targets::findByTribeIdIsNull).map(Target::band).orElse(Band.HIGH);
	}

	static int checkedDays(int days) {
		if (days < 7 || days > 366) {
			throw new RuleViolationException("days", "quality.error.window", "must be between 7 and 366 days");
		}
		return days;
	}

	private Window window(int days) {
		checkedDays(days);
		Instant now = this.clock.instant();
		return Window.lastDays(now, days);
	}

	private record Facts(List<DeploymentFact> deployments, List<ChangeFact> changes, List<IncidentFact> incidents) {

	}

	private Facts facts(long squadId, Window window, String service) {
		List<Deployment> deployed = deployments(squadId, window.from(), window.to(), service);
		Set<Long> caused = causing(squadId, window.to());
		Map<Long, Instant> when = new HashMap<>();
		deployed.forEach(d -> when.put(d.id(), d.deployedAt()));
		List<DeploymentFact> deploymentFacts = deployed.stream()
			.map(d -> new DeploymentFact(d.id(), d.deployedAt(), d.failed(), caused.contains(d.id())))
			.toList();
		List<ChangeFact> changeFacts = when.isEmpty() ? List.of()
				: this.changes.findByDeploymentIdIn(when.keySet())
					.stream()
					.map(c -> new ChangeFact(c.id(), c.committedAt(), when.get(c.deploymentId())))
					.toList();
		List<IncidentFact> incidentFacts = this.incidents
			.findBySquadIdAndOpenedAtLessThanOrderByOpenedAtAsc(squadId, window.to())
			.stream()
			.filter(i -> service == null || service.isBlank() || i.serviceRef().equals(service))
			.map(i -> new IncidentFact(i.id(), i.openedAt(), i.resolvedAt()))
			.toList();
		return new Facts(deploymentFacts, changeFacts, incidentFacts);
	}

	private List<Deployment> deployments(long squadId, Instant from, Instant to, String service) {
		return this.deployments
			.findBySquadIdAndDeployedAtGreaterThanEqualAndDeployedAtLessThanOrderByDeployedAtAsc(squadId, from, to)
			.stream()
			.filter(d -> service == null || service.isBlank() || d.serviceRef().equals(service))
			.toList();
	}

	private Set<Long> causing(long squadId, Instant before) {
		Set<Long> caused = new HashSet<>();
		this.incidents.findBySquadIdAndOpenedAtLessThanOrderByOpenedAtAsc(squadId, before.plus(Duration.ofDays(366)))
			.forEach(i -> {
				if (i.deploymentId() != null) {
					caused.add(i.deploymentId());
				}
			});
		return caused;
	}

	private List<String> services(long squadId) {
		Set<String> names = new TreeSet<>();
		this.deployments
			.findBySquadIdAndDeployedAtGreaterThanEqualAndDeployedAtLessThanOrderByDeployedAtAsc(squadId, Instant.EPOCH,
					this.clock.instant().plus(Duration.ofDays(1)))
			.forEach(d -> names.add(d.serviceRef()));
		return List.copyOf(names);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
