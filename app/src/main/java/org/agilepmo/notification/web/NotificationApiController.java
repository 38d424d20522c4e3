package org.agilepmo.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.agilepmo.notification.NotificationView;
import org.agilepmo.notification.internal.InboxService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications, only those about objects they may still see. */
@RestController
@RequestMapping("/api/v1/notifications")
@Validated
@Tag(name = "Notifications", description = "What concerns the caller: mentions, assignments, sign-offs, decisions")
class NotificationApiController {

	private final InboxService inbox;

	NotificationApiController(InboxService inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first, with how many are unread")
	Notifications list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		Actor actor = CurrentActor.require();
		List<NotificationView> all = this.inbox.all(actor);
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new Notifications(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size,
				this.inbox.unreadCount(actor));
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of the caller's notifications are unread")
	UnreadCount unread() {
		return new UnreadCount(this.inbox.unreadCount(CurrentActor.require()));
	}

	record Notifications(List<NotificationView> items, int page, int size, long totalItems, int totalPages,
			long unread) {
	}

	record UnreadCount(long unread) {
	}

}
