package org.agilepmo.reporting.internal;

import java.util.Optional;

import org.agilepmo.notification.OutboundMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When distribution happens: the messages of a publication or a digest are sent as soon
 * as the transaction that wrote them commits; those that failed are tried again by
 * {@code pmo.reporting.distribution-cron} (every 30 seconds); the digests are looked at
 * by {@code pmo.reporting.digest-cron} (every minute), each list deciding from the
 * {@link ReportingClock} whether its day and time in its time zone have come and gone
 * since its last digest. A message is written and sent outside any database lock; the
 * outcome is saved only over the version it was written from, so two instances never
 * record one message twice.
 */
@Component
public class DistributionDispatcher {

	private static final Logger log = LoggerFactory.getLogger(DistributionDispatcher.class);

	private final DistributionService distribution;

	private final OutboundMail mail;

	private final ReportingClock clock;

	DistributionDispatcher(DistributionService distribution, OutboundMail mail, ReportingClock clock) {
		this.distribution = distribution;
		this.mail = mail;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(DistributionService.DistributionQueued queued) {
		sendDue();
	}

	/** Writes the digests that are due; answers how many messages were written. */
	@Scheduled(cron = "${pmo.reporting.digest-cron:0 * * * * *}")
	public int sendDigests() {
		int written = 0;
		for (long listId : this.distribution.listsWithDigest()) {
			try {
				written += this.distribution.digest(listId, this.clock.now());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				log.info("The digest of distribution list {} was written by another run", listId);
			}
			catch (RuntimeException ex) {
				log.warn("The digest of distribution list {} failed: {}", listId, ex.toString());
			}
		}
		return written;
	}

	/** Sends the messages that are due; answers how many were sent. */
	@Scheduled(cron = "${pmo.reporting.distribution-cron:*/30 * * * * *}")
	public int sendDue() {
		int sent = 0;
		for (long id : this.distribution.due()) {
			try {
				Optional<DistributionService.Outgoing> outgoing = this.distribution.compose(id);
				if (outgoing.isEmpty()) {
					continue;
				}
				OutboundMail.Delivery delivery = this.mail.deliver(outgoing.get().to(), outgoing.get().mail());
				this.distribution.record(id, outgoing.get().version(), delivery);
				sent += delivery.sent() ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Distribution message {} could not be sent: {}", id, ex.toString());
			}
		}
		return sent;
	}

}
