package org.agilepmo.workspace.web;

import org.agilepmo.notification.Inbox;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.workspace.internal.MyWork;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what needs me, my latest notifications, my projects, the recent changes
 * I may see.
 */
@Controller
class HomePage {

	/** How many of the person's latest notifications the home page shows. */
	static final int NOTIFICATIONS_SHOWN = 5;

	private final MyWork work;

	private final Inbox inbox;

	HomePage(MyWork work, Inbox inbox) {
		this.work = work;
		this.inbox = inbox;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = CurrentActor.require();
		model.addAttribute("me", me);
		model.addAttribute("home", this.work.of(me));
		model.addAttribute("notifications", this.inbox.latest(me, NOTIFICATIONS_SHOWN));
		model.addAttribute("unread", this.inbox.unreadCount(me));
		return "workspace/home";
	}

}
