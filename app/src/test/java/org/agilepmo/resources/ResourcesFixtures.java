package org.agilepmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.resources.internal.AllocationService;
import org.agilepmo.resources.internal.CompositionService;
import org.agilepmo.resources.internal.LanguageLevel;
import org.agilepmo.resources.internal.LoadKind;
import org.agilepmo.resources.internal.ProfileDraft;
import org.agilepmo.resources.internal.RequestDraft;
import org.agilepmo.resources.internal.ResourceService;
import org.agilepmo.resources.internal.StaffingService;
import org.agilepmo.resources.internal.Target;
import org.agilepmo.resources.internal.LineKind;
import org.agilepmo.resources.internal.TimesheetLineDraft;
import org.agilepmo.resources.internal.TimesheetService;
import org.agilepmo.resources.internal.WorkCategory;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.springframework.boot.test.context.TestComponent;

/**
 * The resources module's public test support: competency centres with a head, squads,
 * skills, profiles, allocations and staffing requests, built through the module's
 * services as an administrator (or as the person named), answering ids.
 */
@TestComponent
public class ResourcesFixtures {

	private final IdentityFixtures identity;

	private final OrganisationManagement organisation;

	private final ResourceService resources;

	private final AllocationService allocations;

	private final StaffingService staffing;

	private final CompositionService composition;

	private final TimesheetService timesheets;

	private PersonSummary admin;

	ResourcesFixtures(IdentityFixtures identity, OrganisationManagement organisation, ResourceService resources,
			AllocationService allocations, StaffingService staffing, CompositionService composition,
			TimesheetService timesheets) {
		this.timesheets = timesheets;
		this.identity = identity;
		this.organisation = organisation;
		this.resources = resources;
		this.allocations = allocations;
		this.staffing = staffing;
		this.composition = composition;
	}

	public PersonSummary admin() {
		if (this.admin == null) {
			this.admin = this.identity.person("res-admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		}
		return this.admin;
	}

	public static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** A new competency centre (in a directorate of its own) headed by the person. */
	public long centre(String name, PersonSummary head) {
		long id = this.identity.actingAs(admin(), () -> {
			OrgUnitDetails directorate = this.organisation
				.create(new NewUnit(code("DIR"), "Directorate of " + name, UnitType.DIRECTORATE, null, null));
			return this.organisation
				.create(new NewUnit(code("CC"), name, UnitType.COMPETENCY_CENTRE, directorate.id(), null))
				.id();
		});
		if (head != null) {
			this.identity.actingAs(admin(),
					() -> this.resources.nameHead(IdentityFixtures.actor(admin()), id, head.id()));
		}
		return id;
	}

	/** A new squad in a new tribe; the members named join it. */
	public long squad(String name, PersonSummary... members) {
		return this.identity.actingAs(admin(), () -> {
			OrgUnitDetails directorate = this.organisation
				.create(new NewUnit(code("DIR"), "Directorate", UnitType.DIRECTORATE, null, null));
			OrgUnitDetails tribe = this.organisation
				.create(new NewUnit(code("TRIBE"), "Tribe of " + name, UnitType.TRIBE, directorate.id(), null));
			long squad = this.organisation.create(new NewUnit(code("SQ"), name, UnitType.SQUAD, tribe.id(), null)).id();
			for (PersonSummary m : members) {
				this.organisation.addMember(squad, m.id());
			}
			return squad;
		});
	}

	public long skill(String name) {
		return this.identity.actingAs(admin(),
				() -> this.resources.defineSkill(IdentityFixtures.actor(admin()), code("SK"), name).id());
	}

	/**
	 * The person's resource profile: five days of eight hours in the country, part time.
	 */
	public long profile(PersonSummary person, Long centreId, String country, int partTimePercent) {
		return this.identity.actingAs(admin(),
				() -> this.resources
					.createPerson(IdentityFixtures.actor(admin()), person.id(),
							new ProfileDraft(null, centreId, country, BigDecimal.valueOf(8), "1111100", partTimePercent,
									null))
					.id());
	}

	public void rate(long resourceId, long skillId, int level) {
		this.identity.actingAs(admin(),
				() -> this.resources.rateSkill(IdentityFixtures.actor(admin()), resourceId, skillId, level));
	}

	public void speaks(long resourceId, String language, String level) {
		this.identity.actingAs(admin(), () -> this.resources.rateLanguage(IdentityFixtures.actor(admin()), resourceId,
				language, LanguageLevel.valueOf(level)));
	}

	public void leave(long resourceId, LocalDate first, LocalDate last) {
		this.identity.actingAs(admin(),
				() -> this.resources.addLeave(IdentityFixtures.actor(admin()), resourceId, first, last, "Leave"));
	}

	public void holiday(String country, LocalDate day) {
		this.identity.actingAs(admin(),
				() -> this.resources.addHoliday(IdentityFixtures.actor(admin()), country, day, "Holiday " + day));
	}

	public void hourlyRate(long resourceId, String amount, LocalDate from, LocalDate to) {
		this.identity.actingAs(admin(), () -> this.resources.addRate(IdentityFixtures.actor(admin()), resourceId,
				new BigDecimal(amount), "EUR", from, to));
	}

	/** Allocates as the administrator; {@code percent} or hours a week. */
	public long allocate(long resourceId, Long projectId, Long squadId, LocalDate first, LocalDate last,
			boolean percent, String value) {
		return this.identity.actingAs(admin(),
				() -> this.allocations
					.allocate(IdentityFixtures.actor(admin()), resourceId, Target.of(projectId, squadId), first, last,
							percent ? LoadKind.PERCENT : LoadKind.HOURS, new BigDecimal(value))
					.id());
	}

	/** A request of the person for the project, to the centre, 50 % over the period. */
	public long request(PersonSummary requester, Long projectId, Long squadId, Long centreId, long skillId, int level,
			String language, ScreeningLevel screening, LocalDate first, LocalDate last) {
		return this.identity.actingAs(requester,
				() -> this.staffing
					.ask(IdentityFixtures.actor(requester),
							new RequestDraft(projectId, squadId, centreId, skillId, level, language,
									language == null ? null : LanguageLevel.B2, screening, first, last,
									LoadKind.PERCENT, BigDecimal.valueOf(50), null))
					.id());
	}

	/** The head proposes the resource; answers the request's new version. */
	public long propose(PersonSummary head, long requestId, long resourceId) {
		return this.identity.actingAs(head, () -> {
			long version = this.staffing.get(IdentityFixtures.actor(head), requestId).version();
			return this.staffing.propose(IdentityFixtures.actor(head), requestId, version, resourceId, "Best fit")
				.version();
		});
	}

	public long requestVersion(PersonSummary reader, long requestId) {
		return this.identity.actingAs(reader,
				() -> this.staffing.get(IdentityFixtures.actor(reader), requestId).version());
	}

	/** Days away of the resource; answers their id. */
	public long leaveId(long resourceId, LocalDate first, LocalDate last) {
		return this.identity.actingAs(admin(),
				() -> this.resources.addLeave(IdentityFixtures.actor(admin()), resourceId, first, last, "Leave").id());
	}

	/** A request, its candidate and its skill. */
	public record Staffing(long requestId, long resourceId, long skillId, long version) {
	}

	/**
	 * A request of the administrator for the project, with one enhanced-screened
	 * candidate, left requested, proposed or accepted.
	 */
	public Staffing staffing(long projectId, String stage) {
		long skill = skill("Matrix skill");
		PersonSummary candidate = this.identity.person("candidate", ScreeningLevel.ENHANCED);
		long resource = profile(candidate, null, "XM", 100);
		rate(resource, skill, 4);
		LocalDate first = LocalDate.of(2032, 1, 5);
		long request = request(admin(), projectId, null, null, skill, 3, null, ScreeningLevel.NONE, first,
				first.plusWeeks(4));
		if (!"requested".equals(stage)) {
			propose(admin(), request, resource);
		}
		if ("accepted".equals(stage)) {
			this.identity.actingAs(admin(), () -> this.staffing.accept(IdentityFixtures.actor(admin()), request,
					requestVersion(admin(), request)));
		}
		return new Staffing(request, resource, skill, requestVersion(admin(), request));
	}

	/** A person with a profile and nothing else, for managers to edit. */
	public long bareProfile() {
		return profile(this.identity.person("profiled", ScreeningLevel.BASIC), null, "XM", 100);
	}

	public long resourceVersion(long resourceId) {
		return this.identity.actingAs(admin(),
				() -> this.resources.visible(IdentityFixtures.actor(admin()), resourceId).version());
	}

	public long allocationVersion(long allocationId) {
		return this.identity.actingAs(admin(),
				() -> this.allocations.visible(IdentityFixtures.actor(admin()), allocationId).version());
	}

	public void target(long squadId, long skillId, int level, int headcount) {
		this.identity.actingAs(admin(), () -> this.composition.setTarget(IdentityFixtures.actor(admin()), squadId,
				skillId, level, headcount, null));
	}

	/** A week of a timesheet: its id and version. */
	public record Week(long id, long version) {
	}

	/**
	 * The writer's week containing the day: eight hours a day Monday to Friday on the
	 * project (or on training when {@code projectId} is null), submitted when asked.
	 */
	public Week week(PersonSummary writer, LocalDate day, Long projectId, boolean submit) {
		return this.identity.actingAs(writer, () -> {
			var actor = IdentityFixtures.actor(writer);
			TimesheetLineDraft line = projectId == null
					? TimesheetLineDraft.other(WorkCategory.TRAINING, "8", "8", "8", "8", "8")
					: TimesheetLineDraft.on(LineKind.PROJECT, projectId, "8", "8", "8", "8", "8");
			var view = this.timesheets.write(actor, day, null, java.util.List.of(line));
			if (submit) {
				view = this.timesheets.submit(actor, view.id(), view.sheet().version());
			}
			return new Week(view.id(), view.sheet().version());
		});
	}

	/** The week's version as its person sees it. */
	public long weekVersion(PersonSummary reader, long id) {
		return this.identity.actingAs(reader,
				() -> this.timesheets.get(IdentityFixtures.actor(reader), id).sheet().version());
	}

	/** A week (of the administrator) nobody wrote yet, far in the future, for samples. */
	public LocalDate freshWeek() {
		return LocalDate.of(2040, 1, 2).plusWeeks(this.weeks++);
	}

	private int weeks;

}
