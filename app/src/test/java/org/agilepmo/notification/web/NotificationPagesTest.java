package org.agilepmo.notification.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.NotificationFixtures;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell, the notifications page and the API show only what the reader may still see;
 * opening a notification is a POST that marks it read and goes to the object; settings
 * decide what is kept.
 */
@PmoTest
class NotificationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	SampleObjects objects;

	@Autowired
	NotificationFixtures notify;

	@Test
	void aNotificationIsHiddenAndUncountedOnceItsObjectIsHiddenFromTheReader() throws Exception {
		PersonSummary reader = this.people.person("reader", ScreeningLevel.BASIC);
		PersonSummary author = this.people.person("author", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Tender evaluation", reader.id(), author.id());
		this.notify.attention(reader.id(), ref, "mention", author.id());
		String token = "Bearer " + this.people.tokenOf(reader);

		this.mvc.perform(get("/notifications").with(this.people.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tender evaluation")))
			.andExpect(content().string(containsString("aria-label=\"Notifications, 1 unread\"")));
		this.mvc.perform(get("/api/v1/notifications").header("Authorization", token))
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.items[0].object.title").value("Tender evaluation"));

		this.objects.hideFrom(ref, reader.id());

		this.mvc.perform(get("/notifications").with(this.people.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tender evaluation"))))
			.andExpect(content().string(containsString("aria-label=\"Notifications, none unread\"")));
		this.mvc.perform(get("/api/v1/notifications/unread-count").header("Authorization", token))
			.andExpect(jsonPath("$.unread").value(0));
		this.mvc.perform(get("/api/v1/notifications").header("Authorization", token))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void theBellSpeaksTheReadersLanguage() throws Exception {
		PersonSummary reader = this.people.person("reader", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Atelier", reader.id());
		this.notify.attention(reader.id(), ref, "due", null);
		this.notify.attention(reader.id(), ref, "decision", null);

		this.mvc.perform(get("/notifications").param("lang", "fr").with(this.people.as(reader)))
			.andExpect(content().string(containsString("aria-label=\"Notifications, 2 non lues\"")));
		this.mvc.perform(get("/notifications").param("lang", "es").with(this.people.as(reader)))
			.andExpect(content().string(containsString("aria-label=\"Notificaciones, 2 sin leer\"")));
		this.mvc.perform(get("/notifications").param("lang", "ar").with(this.people.as(reader)))
			.andExpect(content().string(containsString("aria-label=\"الإشعارات، 2 غير مقروءة\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void openingIsAPostThatMarksReadAndGoesToTheObject() throws Exception {
		PersonSummary reader = this.people.person("reader", ScreeningLevel.BASIC);
		PersonSummary other = this.people.person("other", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Steering committee", reader.id(), other.id());
		this.notify.attention(reader.id(), ref, "decision", other.id());
		String token = "Bearer " + this.people.tokenOf(reader);
		long id = Long.parseLong(this.mvc.perform(get("/api/v1/notifications").header("Authorization", token))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

		this.mvc.perform(get("/notifications").with(this.people.as(reader))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/notifications/unread-count").header("Authorization", token))
			.andExpect(jsonPath("$.unread").value(1));
		this.mvc.perform(post("/notifications/" + id + "/open").with(this.people.as(other)).with(csrf()))
			.andExpect(status().isNotFound());

		this.mvc.perform(post("/notifications/" + id + "/open").with(this.people.as(reader)).with(csrf()))
			.andExpect(redirectedUrl("/samples/" + ref.id()));

		this.mvc.perform(get("/api/v1/notifications/unread-count").header("Authorization", token))
			.andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void aReasonTurnedOffInTheSettingsIsNoLongerKept() throws Exception {
		PersonSummary reader = this.people.person("reader", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Settings", reader.id());

		this.mvc
			.perform(post("/notifications/settings").param("reasons", "MENTION", "DECISION")
				.with(this.people.as(reader))
				.with(csrf()))
			.andExpect(redirectedUrl("/notifications/settings"));
		this.notify.attention(reader.id(), ref, "comment", null);
		this.notify.attention(reader.id(), ref, "mention", null);

		this.mvc.perform(get("/api/v1/notifications").header("Authorization", "Bearer " + this.people.tokenOf(reader)))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].reason").value("MENTION"));
		this.mvc.perform(get("/notifications/settings").with(this.people.as(reader)))
			.andExpect(content().string(containsString("id=\"reason-mention\" checked=\"checked\"")))
			.andExpect(content().string(not(containsString("id=\"reason-comment\" checked"))));
	}

}
