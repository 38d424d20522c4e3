package org.agilepmo.risk.internal;

import java.time.LocalDate;

import org.agilepmo.shared.Attention;
import org.agilepmo.shared.ObjectRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the owner of each overdue open action through the notifications
 * ({@link Attention} with the reason {@code due}), at most once per action and day of the
 * organisation's time zone: the day is recorded with the reminder, and a unique key keeps
 * a second instance from sending it again. Runs every hour
 * ({@code pmo.risk.reminders-cron}), so a reminder follows soon after a due day ends.
 */
@Component
public class OverdueReminders {

	private final RiskActions actions;

	private final ActionReminders reminders;

	private final ApplicationEventPublisher events;

	private final Overdue overdue;

	OverdueReminders(RiskActions actions, ActionReminders reminders, ApplicationEventPublisher events,
			Overdue overdue) {
		this.actions = actions;
		this.reminders = reminders;
		this.events = events;
		this.overdue = overdue;
	}

	/** Sends today's reminders not yet sent; answers how many it sent. */
	@Scheduled(cron = "${pmo.risk.reminders-cron:0 5 * * * *}")
	@Transactional
	public int remindOverdueOwners() {
		LocalDate today = this.overdue.today();
		int sent = 0;
		for (RiskAction action : this.actions.findByDoneAtIsNullAndDueBeforeOrderByIdAsc(today)) {
			if (this.reminders.existsByActionIdAndRemindedOn(action.id(), today)) {
				continue;
			}
			this.reminders.save(new ActionReminder(action.id(), today, this.overdue.now()));
			this.events.publishEvent(
					new Attention(action.ownerId(), new ObjectRef(ActionService.ENTITY, action.id()), "due", null));
			sent++;
		}
		this.reminders.flush();
		return sent;
	}

}
