package org.agilepmo.meetings.web;

import org.agilepmo.meetings.internal.CalendarFeedService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's calendar feed, for calendar applications that subscribe to an address: no
 * session, only the secret token in the path. An unknown or revoked token answers 404 and
 * says nothing more.
 */
@RestController
class CalendarFeedController {

	private final CalendarFeedService feeds;

	CalendarFeedController(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	@GetMapping(value = "/calendar/{token}.ics", produces = "text/calendar")
	ResponseEntity<String> feed(@PathVariable String token) {
		return this.feeds.calendar(token)
			.map(ics -> MeetingPages.calendar(ics, "agilepmo.ics"))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

}
