package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.notification.Inbox;
import org.agilepmo.notification.NotificationFixtures;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Notifications in the access matrix: every signed-in person has their own, and sees only
 * those about objects they may see; another person's notification answers 404.
 */
final class NotificationAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/notifications", s -> Sample.of("/notifications")),
			signedIn("POST", "/notifications/{id}/open",
					s -> Sample.of("/notifications/" + notificationOfMember(s) + "/open")),
			signedIn("POST", "/notifications/read-all", s -> Sample.of("/notifications/read-all")),
			signedIn("GET", "/notifications/settings", s -> Sample.of("/notifications/settings")),
			signedIn("POST", "/notifications/settings",
					s -> Sample.of("/notifications/settings").form(Map.of("reasons", "MENTION"))),
			signedIn("GET", "/api/v1/notifications", s -> Sample.of("/api/v1/notifications")), signedIn("GET",
					"/api/v1/notifications/unread-count", s -> Sample.of("/api/v1/notifications/unread-count")));

	private NotificationAccessEntries() {
	}

	/** A notification of the scene's member, about an object the member may see. */
	private static long notificationOfMember(Scene s) {
		ObjectRef ref = s.bean(SampleObjects.class).object("Matrix notice", s.member().id());
		s.bean(NotificationFixtures.class).attention(s.member().id(), ref, "assignment", null);
		return s.bean(Inbox.class).latest(IdentityFixtures.actor(s.member()), 1).get(0).id();
	}

}
