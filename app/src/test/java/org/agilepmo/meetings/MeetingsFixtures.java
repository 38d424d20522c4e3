package org.agilepmo.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.meetings.internal.CalendarFeedService;
import org.agilepmo.meetings.internal.MeetingDraft;
import org.agilepmo.meetings.internal.MeetingKind;
import org.agilepmo.meetings.internal.MeetingService;
import org.agilepmo.meetings.internal.Participant;
import org.agilepmo.meetings.internal.ScopeKind;

import org.springframework.boot.test.context.TestComponent;

/**
 * The meetings module's public test support: meetings of a project, actions and calendar
 * feeds made through the module's services, answered as ids, versions and tokens.
 */
@TestComponent
public class MeetingsFixtures {

	private final MeetingService meetings;

	private final CalendarFeedService feeds;

	private final IdentityFixtures people;

	MeetingsFixtures(MeetingService meetings, CalendarFeedService feeds, IdentityFixtures people) {
		this.meetings = meetings;
		this.feeds = feeds;
		this.people = people;
	}

	/** A monthly project board of the project, with the participants; answers its id. */
	public long projectBoard(PersonSummary organiser, long projectId, PersonSummary... participants) {
		return this.people
			.actingAs(organiser, () -> this.meetings
				.organise(IdentityFixtures.actor(organiser),
						new MeetingDraft(MeetingKind.PROJECT_BOARD, ScopeKind.PROJECT, projectId, "Project board", null,
								"Europe/Paris", LocalDate.now().plusDays(3).atTime(10, 0), 60, "FREQ=MONTHLY;COUNT=6",
								List.<LocalDateTime>of(), Map.of(), List.of("Progress"),
								java.util.Arrays.stream(participants).map(p -> Participant.person(p.id())).toList()))
				.id());
	}

	public long version(PersonSummary reader, long meetingId) {
		return this.people.actingAs(reader,
				() -> this.meetings.get(IdentityFixtures.actor(reader), meetingId).version());
	}

	/** An action of the meeting for the owner; answers its id. */
	public long action(PersonSummary organiser, long meetingId, String title, PersonSummary owner, LocalDate due) {
		return this.people.actingAs(organiser,
				() -> this.meetings.addAction(IdentityFixtures.actor(organiser), meetingId, title, owner.id(), due)
					.id());
	}

	public long actionVersion(PersonSummary reader, long actionId) {
		return this.people.actingAs(reader,
				() -> this.meetings.action(IdentityFixtures.actor(reader), actionId).version());
	}

	/** A calendar feed of the person: its id and its token. */
	public Feed feed(PersonSummary person) {
		return this.people.actingAs(person, () -> {
			CalendarFeedService.Created c = this.feeds.create(IdentityFixtures.actor(person));
			return new Feed(c.feed().id(), c.token());
		});
	}

	public void revoke(PersonSummary person, long feedId) {
		this.people.actingAs(person, () -> this.feeds.revoke(IdentityFixtures.actor(person), feedId));
	}

	public record Feed(long id, String token) {
	}

}
