package org.agilepmo.notification;

import org.agilepmo.shared.Attention;
import org.agilepmo.shared.ObjectRef;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification module's public test support: something concerns a person, announced
 * as any module announces it (an {@link Attention} in a writing transaction).
 */
@TestComponent
public class NotificationFixtures {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	NotificationFixtures(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	public void attention(long personId, ObjectRef about, String reason, Long byPersonId) {
		this.transaction.executeWithoutResult(
				status -> this.events.publishEvent(new Attention(personId, about, reason, byPersonId)));
	}

}
