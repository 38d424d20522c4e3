package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.resources.TimesheetApproved;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly timesheets: a person writes the hours of a week against projects, plan
 * activities, backlog items they may see and non-project work, submits the week, and each
 * line's approver approves it or returns the week with a reason
 * ({@link TimesheetAccess}). An approved week is locked. Every step is audited; the
 * person is told of the return and of the approval ({@link Attention}); the approval
 * publishes {@link TimesheetApproved}.
 */
@Service
@Transactional
public class TimesheetService {

	static final String ENTITY = "timesheet";

	static final String ACTIVITY = "plan-activity";

	static final String ITEM = "delivery-item";

	private final Timesheets timesheets;

	private final TimesheetAccess access;

	private final ResourceAccess resources;

	private final ObjectDirectories directories;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	TimesheetService(Timesheets timesheets, TimesheetAccess access, ResourceAccess resources,
			ObjectDirectories directories, AuditTrail audit, ApplicationEventPublisher events) {
		this.timesheets = timesheets;
		this.access = access;
		this.resources = resources;
		this.directories = directories;
		this.audit = audit;
		this.events = events;
	}

	/** The person's own week containing the day, when they have written one. */
	@Transactional(readOnly = true)
	public Optional<TimesheetView> mine(Actor actor, LocalDate day) {
		return this.timesheets.findByPersonIdAndWeekStart(actor.id(), Timesheet.weekOf(day))
			.map(t -> view(this.access.reader(actor), t));
	}

	/** The person's own weeks, latest first. */
	@Transactional(readOnly = true)
	public List<TimesheetView> myWeeks(Actor actor) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		return this.timesheets.findByPersonIdOrderByWeekStartDesc(actor.id())
			.stream()
			.map(t -> view(reader, t))
			.toList();
	}

	/** A week the reader may see, with the lines they may see; 404 otherwise. */
	@Transactional(readOnly = true)
	public TimesheetView get(Actor actor, long id) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		Timesheet sheet = visible(reader, id);
		return view(reader, sheet);
	}

	/** A week the reader may see, or nothing; never throws (for the workspace). */
	@Transactional(readOnly = true)
	public Optional<TimesheetView> find(Actor actor, long id) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		return this.timesheets.findById(id).filter(reader::maySee).map(t -> view(reader, t));
	}

	/**
	 * The submitted weeks with a line waiting for the reader's approval, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<TimesheetView> waitingFor(Actor actor) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		return this.timesheets.findByStateOrderByWeekStart(TimesheetState.SUBMITTED)
			.stream()
			.filter(reader::waitsFor)
			.map(t -> view(reader, t))
			.toList();
	}

	/**
	 * Writes the lines of the person's own week containing the day, creating the week
	 * when it has none ({@code expectedVersion} is then ignored).
	 */
	public TimesheetView write(Actor actor, LocalDate day, Long expectedVersion, List<TimesheetLineDraft> lines) {
		if (day == null) {
			throw new RuleViolationException("week", "resources.error.required", "a week is required");
		}
		DateWindow.check("week", day);
		Optional<Timesheet> existing = this.timesheets.findByPersonIdAndWeekStart(actor.id(), Timesheet.weekOf(day));
		Timesheet sheet = existing.orElseGet(() -> new Timesheet(actor.id(), day));
		if (existing.isPresent() && expectedVersion != null) {
			Versioned.check(ENTITY, sheet.id(), expectedVersion, sheet.version());
		}
		Map<String, Object> before = existing.map(Timesheet::snapshot).orElse(null);
		List<TimesheetRef> refs = new ArrayList<>();
		List<List<BigDecimal>> hours = new ArrayList<>();
		for (int row = 0; row < lines.size(); row++) {
			refs.add(resolve(actor, row, lines.get(row)));
			hours.add(lines.get(row).hours());
		}
		sheet.write(refs, hours);
		Timesheet saved = this.timesheets.saveAndFlush(sheet);
		this.audit
			.record(before == null ? AuditRecord.created(ENTITY, saved.id(), classification(saved), saved.snapshot())
					: AuditRecord.updated(ENTITY, saved.id(), classification(saved), before, saved.snapshot()));
		return view(this.access.reader(actor), saved);
	}

	/** Sends the person's own week for approval. */
	public TimesheetView submit(Actor actor, long id, long expectedVersion) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		Timesheet sheet = visible(reader, id);
		if (!reader.owns(sheet)) {
			throw new AccessDeniedException("only its person submits a week");
		}
		Versioned.check(ENTITY, id, expectedVersion, sheet.version());
		Map<String, Object> before = sheet.snapshot();
		sheet.submit();
		this.timesheets.saveAndFlush(sheet);
		this.audit.record(step("submitted", sheet, before));
		return view(reader, sheet);
	}

	/**
	 * Approves the lines of the week the reader answers for; once every line is, the week
	 * is approved, locked, its person told and {@link TimesheetApproved} published.
	 */
	public TimesheetView approve(Actor actor, long id, long expectedVersion) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		Timesheet sheet = visible(reader, id);
		if (!reader.approvesAny(sheet)) {
			throw new AccessDeniedException("may not approve this week");
		}
		Versioned.check(ENTITY, id, expectedVersion, sheet.version());
		Map<String, Object> before = sheet.snapshot();
		sheet.approve(actor.id(), l -> reader.mayApprove(sheet, l));
		this.timesheets.saveAndFlush(sheet);
		boolean done = sheet.state() == TimesheetState.APPROVED;
		this.audit.record(step(done ? "approved" : "lines-approved", sheet, before));
		if (done) {
			this.events.publishEvent(approved(sheet));
			this.events.publishEvent(new Attention(sheet.personId(), ref(sheet), "approved", actor.id()));
		}
		return view(reader, sheet);
	}

	/** Returns the week to its person with the reason, who is told. */
	public TimesheetView returnWeek(Actor actor, long id, long expectedVersion, String reason) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		Timesheet sheet = visible(reader, id);
		if (!reader.approvesAny(sheet)) {
			throw new AccessDeniedException("may not return this week");
		}
		Versioned.check(ENTITY, id, expectedVersion, sheet.version());
		Map<String, Object> before = sheet.snapshot();
		sheet.returnWith(actor.id(), reason);
		this.timesheets.saveAndFlush(sheet);
		this.audit.record(step("returned", sheet, before));
		this.events.publishEvent(new Attention(sheet.personId(), ref(sheet), "returned", actor.id()));
		return view(reader, sheet);
	}

	/** Every week between the days whose lines the reader may see, for exports. */
	@Transactional(readOnly = true)
	public List<TimesheetView> between(Actor actor, LocalDate from, LocalDate to) {
		TimesheetAccess.Reader reader = this.access.reader(actor);
		return this.timesheets.findByWeekStartBetweenOrderByWeekStartAscPersonIdAsc(Timesheet.weekOf(from), to)
			.stream()
			.filter(reader::maySee)
			.map(t -> view(reader, t))
			.toList();
	}

	private Timesheet visible(TimesheetAccess.Reader reader, long id) {
		return this.timesheets.findById(id).filter(reader::maySee).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private TimesheetView view(TimesheetAccess.Reader reader, Timesheet sheet) {
		List<TimesheetLine> seen = sheet.lines().stream().filter(l -> reader.maySee(sheet, l)).toList();
		List<TimesheetLine> approvable = sheet.state() == TimesheetState.SUBMITTED
				? seen.stream().filter(l -> !l.isApproved() && reader.mayApprove(sheet, l)).toList() : List.of();
		return new TimesheetView(sheet, seen, approvable, reader.owns(sheet),
				sheet.state() == TimesheetState.SUBMITTED && reader.approvesAny(sheet));
	}

	/** What the line is on, when the person may see it; refused naming the row. */
	private TimesheetRef resolve(Actor actor, int row, TimesheetLineDraft line) {
		if (line.kind() == null) {
			throw new RuleViolationException("lines[" + row + "]", "resources.timesheet.error.kind",
					"row " + (row + 1) + " says what its hours are on", row + 1);
		}
		if (line.kind() == LineKind.OTHER) {
			if (line.category() == null) {
				throw new RuleViolationException("lines[" + row + "].category", "resources.timesheet.error.category",
						"row " + (row + 1) + " needs a category of non-project work", row + 1);
			}
			return new TimesheetRef(LineKind.OTHER, null, null, line.category(), line.category().name());
		}
		Long id = line.ref();
		Optional<TimesheetRef> ref = id == null ? Optional.empty() : switch (line.kind()) {
			case PROJECT -> this.resources.project(id, actor)
				.map(p -> new TimesheetRef(LineKind.PROJECT, p.id(), p.id(), null, p.code() + " · " + p.name()));
			case ACTIVITY -> card(ACTIVITY, id, actor).filter(c -> c.projectId() != null)
				.map(c -> new TimesheetRef(LineKind.ACTIVITY, id, c.projectId(), null, c.label()));
			case ITEM ->
				card(ITEM, id, actor).map(c -> new TimesheetRef(LineKind.ITEM, id, c.projectId(), null, c.label()));
			case OTHER -> Optional.empty();
		};
		return ref
			.orElseThrow(() -> new RuleViolationException("lines[" + row + "].ref", "resources.timesheet.error.ref",
					"row " + (row + 1) + ": nothing you may see has this reference", row + 1));
	}

	private Optional<ObjectCard> card(String kind, long id, Actor actor) {
		return this.directories.findVisible(new ObjectRef(kind, id), actor);
	}

	/** The most sensitive project the week's hours are on. */
	private Classification classification(Timesheet sheet) {
		Classification most = Classification.PUBLIC;
		for (TimesheetLine line : sheet.lines()) {
			if (line.projectId() != null) {
				Classification c = this.resources.classificationOf(line.projectId());
				most = c.ordinal() > most.ordinal() ? c : most;
			}
		}
		return most;
	}

	private AuditRecord step(String action, Timesheet sheet, Map<String, Object> before) {
		return new AuditRecord(ENTITY + "." + action, ENTITY, String.valueOf(sheet.id()), classification(sheet), null,
				before, sheet.snapshot());
	}

	static ObjectRef ref(Timesheet sheet) {
		return new ObjectRef(ENTITY, sheet.id());
	}

	private static TimesheetApproved approved(Timesheet sheet) {
		List<TimesheetApproved.Line> lines = new ArrayList<>();
		for (TimesheetLine line : sheet.lines()) {
			if (line.projectId() == null) {
				continue;
			}
			for (int d = 0; d < 7; d++) {
				if (line.hoursOn(d).signum() > 0) {
					lines.add(new TimesheetApproved.Line(line.projectId(), line.activityId(), line.itemId(),
							sheet.day(d), line.hoursOn(d)));
				}
			}
		}
		return new TimesheetApproved(sheet.id(), sheet.personId(), sheet.weekStart(), lines);
	}

}
