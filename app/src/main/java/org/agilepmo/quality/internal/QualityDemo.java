package org.agilepmo.quality.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agilepmo.identity.ActingAs;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.quality.internal.AuditService.ActionDraft;
import org.agilepmo.quality.internal.AuditService.AuditDraft;
import org.agilepmo.quality.internal.AuditService.FindingDraft;
import org.agilepmo.quality.internal.EventIngestion.ChangeInput;
import org.agilepmo.quality.internal.EventIngestion.DeploymentInput;
import org.agilepmo.quality.internal.EventIngestion.IncidentInput;
import org.agilepmo.quality.internal.Finding.Severity;
import org.agilepmo.quality.internal.TechnicalAudit.Subject;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo quality: the CTO named an overseer, the PMO's default target (high); ninety days
 * of delivery events for Squad Alpha (several deployments a day, short lead times, rare
 * failures restored within the hour) and Squad Bravo (a few deployments a week, lead
 * times of days, more failures, restored within a day), generated from a fixed seed so
 * that every demo shows the same figures; and the CTO's audit of the case management
 * application, with the solution architect as co-auditor, two findings and their
 * corrective actions, one of them done.
 */
@Component
@Order(90)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class QualityDemo implements DemoContribution {

	private static final long SEED = 20_261_207L;

	private final EventIngestion ingestion;

	private final TargetService targets;

	private final Overseers overseers;

	private final AuditService audits;

	private final OrganisationDirectory organisation;

	private final People people;

	private final ActingAs actingAs;

	private final Clock clock;

	QualityDemo(EventIngestion ingestion, TargetService targets, Overseers overseers, AuditService audits,
			OrganisationDirectory organisation, People people, ActingAs actingAs, Optional<Clock> clock) {
		this.ingestion = ingestion;
		this.targets = targets;
		this.overseers = overseers;
		this.audits = audits;
		this.organisation = organisation;
		this.people = people;
		this.actingAs = actingAs;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, OrgUnitSummary> squads = this.organisation.ofType(UnitType.SQUAD)
			.stream()
			.collect(Collectors.toMap(OrgUnitSummary::code, Function.identity()));
		Optional<PersonSummary> cto = this.people.findByUsername("cto");
		cto.ifPresent(p -> this.overseers.appoint(admin, p.id()));
		this.targets.aimFor(admin, null, Band.HIGH, null);
		Random random = new Random(SEED);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		if (squads.containsKey("SQ-ALPHA")) {
			events(squads.get("SQ-ALPHA").id(), "citizen-portal", random, now, new Profile(1.4, 2, 20, 0.06, 20, 80));
		}
		if (squads.containsKey("SQ-BRAVO")) {
			events(squads.get("SQ-BRAVO").id(), "case-management", random, now,
					new Profile(0.35, 30, 140, 0.22, 180, 1_500));
		}
		Optional<PersonSummary> architect = this.people.findByUsername("architect");
		Optional<PersonSummary> developer = this.people.findByUsername("dev.sara");
		if (cto.isPresent() && architect.isPresent() && developer.isPresent()) {
			this.actingAs.run("cto", () -> audit(architect.get(), developer.get()));
		}
	}

	/**
	 * How a squad delivers: deployments per day, lead time range (hours), how often a
	 * deployment fails, time to restore range (minutes).
	 */
	private record Profile(double perDay, int leadMin, int leadMax, double failure, int restoreMin, int restoreMax) {

	}

	private void events(long squadId, String service, Random random, Instant now, Profile profile) {
		Instant start = now.minus(Duration.ofDays(90));
		int deployment = 0;
		int commit = 0;
		for (int day = 0; day < 90; day++) {
			Instant midnight = start.plus(Duration.ofDays(day)).truncatedTo(ChronoUnit.DAYS);
			int deployments = poisson(random, profile.perDay());
			for (int d = 0; d < deployments; d++) {
				Instant at = midnight.plus(Duration.ofMinutes(8 * 60 + random.nextInt(9 * 60)));
				if (at.isAfter(now)) {
					continue;
				}
				List<ChangeInput> changes = new ArrayList<>();
				int carried = 1 + random.nextInt(3);
				for (int c = 0; c < carried; c++) {
					int hours = profile.leadMin() + random.nextInt(profile.leadMax() - profile.leadMin() + 1);
					changes.add(new ChangeInput(sha(random, ++commit), service, at.minus(Duration.ofHours(hours))));
				}
				boolean fails = random.nextDouble() < profile.failure();
				boolean failedOutright = fails && random.nextBoolean();
				String id = service + "-deploy-" + (++deployment);
				this.ingestion.deployment(squadId,
						new DeploymentInput(id, service, changes.get(0).externalId(), at, failedOutright, changes));
				if (fails && !failedOutright) {
					Instant opened = at.plus(Duration.ofMinutes(10 + random.nextInt(120)));
					int minutes = profile.restoreMin()
							+ random.nextInt(profile.restoreMax() - profile.restoreMin() + 1);
					Instant resolved = opened.plus(Duration.ofMinutes(minutes));
					this.ingestion.incident(squadId,
							new IncidentInput(service + "-incident-" + deployment, service,
									"Errors after deployment " + deployment, opened,
									resolved.isAfter(now) ? null : resolved, id));
				}
			}
		}
	}

	private void audit(PersonSummary architect, PersonSummary developer) {
		Actor cto = CurrentActor.require();
		TechnicalAudit audit = this.audits.open(cto,
				new AuditDraft("Case management: security and maintainability audit", Subject.APPLICATION, null, null,
						"Case management system", "Code review, dependency scan and deployment pipeline review",
						Classification.PUBLIC, Set.of(architect.id())));
		Finding dependencies = this.audits.recordFinding(cto, audit.id(),
				new FindingDraft(Severity.HIGH, "Outdated libraries with known vulnerabilities",
						"Secure development standard, section 4 (dependency management)",
						"Three libraries have published vulnerabilities rated high."));
		Finding tests = this.audits.recordFinding(cto, audit.id(),
				new FindingDraft(Severity.MEDIUM, "No automated tests on the payment module",
						"Testing standard: 70 % line coverage on business rules", null));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.audits.addAction(cto, dependencies.id(),
				new ActionDraft("Upgrade the vulnerable libraries", developer.id(), today.plusDays(14)));
		CorrectiveAction done = this.audits.addAction(cto, tests.id(),
				new ActionDraft("Agree the payment module's test plan", architect.id(), today.plusDays(7)));
		this.audits.complete(cto, done.id(), done.version());
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

	private static String sha(Random random, int n) {
		return String.format("%08x%08x", random.nextInt(), n);
	}

}
