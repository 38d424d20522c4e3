package org.agilepmo.notification.web;

import org.agilepmo.notification.Inbox;
import org.agilepmo.shared.CurrentActor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell in every page's header: {@code layout.html} asks it for the reader's unread
 * count only when it draws a page, so that redirects and API calls never count.
 */
@ControllerAdvice
class NotificationBell {

	private final Inbox inbox;

	NotificationBell(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("notificationBell")
	Bell bell() {
		return new Bell(this.inbox);
	}

	/** Counts on demand, once per page. */
	public static final class Bell {

		private final Inbox inbox;

		private Long unread;

		Bell(Inbox inbox) {
			this.inbox = inbox;
		}

		public long unread() {
			if (this.unread == null) {
				this.unread = CurrentActor.find().map(this.inbox::unreadCount).orElse(0L);
			}
			return this.unread;
		}

	}

}
