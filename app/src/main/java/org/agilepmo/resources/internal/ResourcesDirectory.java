package org.agilepmo.resources.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources module's objects for the workspace: resource profiles and staffing
 * requests, each through the module's own access rule. My work lists the requests a
 * centre's head should answer and the proposals a project manager should accept or
 * decline.
 */
@Component
@Transactional(readOnly = true)
class ResourcesDirectory implements ObjectDirectory {

	private static final String RESOURCE = "resource";

	private static final String REQUEST = StaffingService.ENTITY;

	private static final String TIMESHEET = TimesheetService.ENTITY;

	private final ResourceViews views;

	private final StaffingService staffing;

	private final Resources resources;

	private final StaffingRequests requests;

	private final ResourceAccess access;

	private final TimesheetService timesheets;

	private final Timesheets weeks;

	private final org.agilepmo.identity.People people;

	ResourcesDirectory(ResourceViews views, StaffingService staffing, Resources resources, StaffingRequests requests,
			ResourceAccess access, TimesheetService timesheets, Timesheets weeks, org.agilepmo.identity.People people) {
		this.timesheets = timesheets;
		this.weeks = weeks;
		this.people = people;
		this.views = views;
		this.staffing = staffing;
		this.resources = resources;
		this.requests = requests;
		this.access = access;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(RESOURCE, REQUEST, TIMESHEET);
	}

	@Override
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case RESOURCE -> this.views.find(actor, ref.id()).map(ResourcesDirectory::card);
			case REQUEST -> this.staffing.find(actor, ref.id()).map(ResourcesDirectory::card);
			case TIMESHEET -> this.timesheets.find(actor, ref.id()).map(this::card);
			default -> Optional.empty();
		};
	}

	@Override
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case RESOURCE ->
				this.resources.findById(ref.id()).map(r -> this.access.lens(actor).mayManage(r)).orElse(false)
						&& findVisible(ref, actor).isPresent();
			case REQUEST -> this.requests.findById(ref.id()).map(r -> {
				ResourceAccess.Lens lens = this.access.lens(actor);
				return lens.mayAnswer(r) || lens.mayDecide(r);
			}).orElse(false);
			case TIMESHEET -> this.timesheets.find(actor, ref.id()).map(TimesheetView::editable).orElse(false);
			default -> false;
		};
	}

	@Override
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case RESOURCE -> this.resources.findById(ref.id())
				.map(r -> new SearchText(r.name() == null ? "" : r.name(), r.country(), null, Classification.PUBLIC));
			case REQUEST -> this.requests.findById(ref.id())
				.map(r -> new SearchText(r.note() == null ? "" : r.note(), r.state().name(), r.projectId(),
						r.projectId() == null ? Classification.PUBLIC : Classification.CONFIDENTIAL));
			case TIMESHEET -> Optional.empty();
			default -> Optional.empty();
		};
	}

	@Override
	public Stream<ObjectRef> all(String kind) {
		return switch (kind) {
			case RESOURCE -> this.resources.findAll().stream().map(r -> new ObjectRef(RESOURCE, r.id()));
			case REQUEST -> this.requests.findAll().stream().map(r -> new ObjectRef(REQUEST, r.id()));
			case TIMESHEET -> Stream.empty();
			default -> Stream.empty();
		};
	}

	@Override
	public List<WorkEntry> workFor(Actor actor) {
		List<WorkEntry> out = new ArrayList<>();
		for (RequestView v : this.staffing.waitingFor(actor)) {
			String reason = v.request().state() == RequestState.PROPOSED ? "work.staffing-request.to-accept"
					: "work.staffing-request.to-answer";
			out.add(new WorkEntry(card(v), reason, v.request().firstDay(),
					v.request().firstDay().isBefore(java.time.LocalDate.now())));
		}
		for (TimesheetView v : this.timesheets.waitingFor(actor)) {
			java.time.LocalDate due = v.sheet().weekStart().plusWeeks(1);
			out.add(new WorkEntry(card(v), "work.timesheet.to-approve", due, due.isBefore(java.time.LocalDate.now())));
		}
		return out;
	}

	/**
	 * A week is named by its person and its ISO week ("Ana Lopez · 2031-W10"), and opens
	 * on its own page. It is not searchable: hours are no text to look for.
	 */
	private ObjectCard card(TimesheetView v) {
		String who = this.people.find(v.sheet().personId())
			.map(org.agilepmo.identity.PersonSummary::displayName)
			.orElse("#" + v.sheet().personId());
		java.time.LocalDate week = v.sheet().weekStart();
		String iso = week.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W" + String
			.format(java.util.Locale.ROOT, "%02d", week.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		return new ObjectCard(new ObjectRef(TIMESHEET, v.id()), who + " · " + iso, null, "/timesheets/" + v.id(), null,
				Classification.PUBLIC);
	}

	private static ObjectCard card(ResourceView v) {
		return new ObjectCard(new ObjectRef(RESOURCE, v.id()), v.name().isBlank() ? "#" + v.id() : v.name(), null,
				"/resources/" + v.id(), null, Classification.PUBLIC);
	}

	private static ObjectCard card(RequestView v) {
		return new ObjectCard(new ObjectRef(REQUEST, v.id()), v.title(), "SR-" + v.id(),
				"/resources/requests/" + v.id(), v.request().projectId(), v.classification());
	}

}
