package org.agilepmo.notification.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.agilepmo.notification.NotificationReason;
import org.agilepmo.notification.internal.InboxService;
import org.agilepmo.notification.internal.Preferences;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's notifications, newest first, and their settings. Opening a notification is
 * a POST (it marks it read) that goes on to the object's page; looking at the list writes
 * nothing.
 */
@Controller
class NotificationPages {

	private final InboxService inbox;

	private final Preferences preferences;

	private final Pages pages;

	NotificationPages(InboxService inbox, Preferences preferences, Pages pages) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.pages = pages;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("notifications", this.inbox.all(actor));
		model.addAttribute("unread", this.inbox.unreadCount(actor));
		return "notification/list";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable long id) {
		return "redirect:" + this.inbox.open(id, CurrentActor.require()).link();
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes flash) {
		return this.pages.act(flash, "/notifications", "notification.allRead",
				() -> this.inbox.markAllRead(CurrentActor.require()));
	}

	@GetMapping("/notifications/settings")
	String settings(Model model) {
		model.addAttribute("choices", this.preferences.inApp(CurrentActor.require()));
		model.addAttribute("emailChoices", this.preferences.email(CurrentActor.require()));
		return "notification/settings";
	}

	@PostMapping("/notifications/settings")
	String saveSettings(@RequestParam(name = "reasons", required = false) List<NotificationReason> reasons,
			@RequestParam(name = "emailReasons", required = false) List<NotificationReason> emailReasons,
			@RequestParam(name = "emailShown", defaultValue = "false") boolean emailShown, RedirectAttributes flash) {
		Set<NotificationReason> on = setOf(reasons);
		Set<NotificationReason> byEmail = setOf(emailReasons);
		return this.pages.act(flash, "/notifications/settings", "notification.settings.saved", () -> {
			this.preferences.keepInApp(CurrentActor.require(), on);
			if (emailShown) {
				this.preferences.keepEmail(CurrentActor.require(), byEmail);
			}
		});
	}

	private static Set<NotificationReason> setOf(List<NotificationReason> reasons) {
		return (reasons == null || reasons.isEmpty()) ? EnumSet.noneOf(NotificationReason.class)
				: EnumSet.copyOf(reasons);
	}

}
