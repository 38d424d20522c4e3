package org.agilepmo.notification;

import java.util.EnumSet;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.internal.InboxService;
import org.agilepmo.notification.internal.Preferences;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notification module started with only the modules it uses (identity, audit) and a
 * test directory: attention becomes a notification when the change commits, is shown and
 * counted only while the reader may see its object, follows the person's settings, and is
 * read by opening it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, NotificationFixtures.class, NotificationModuleTest.Objects.class })
class NotificationModuleTest {

	/**
	 * The test directory, declared here: a module test starts only its own module's
	 * types.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Objects {

		@Bean
		SampleObjects sampleObjects() {
			return new SampleObjects();
		}

	}

	@Autowired
	IdentityFixtures identity;

	@Autowired
	NotificationFixtures notify;

	@Autowired
	SampleObjects objects;

	@Autowired
	Inbox inbox;

	@Autowired
	InboxService inboxService;

	@Autowired
	Preferences preferences;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void attentionBecomesAnUnreadNotificationAboutTheObject() {
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		PersonSummary author = this.identity.person("author", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Go-live checklist", reader.id(), author.id());

		this.notify.attention(reader.id(), ref, "mention", author.id());

		assertThat(this.inbox.unreadCount(actor(reader))).isEqualTo(1);
		assertThat(this.inbox.latest(actor(reader), 10)).singleElement().satisfies(n -> {
			assertThat(n.reason()).isEqualTo(NotificationReason.MENTION);
			assertThat(n.object().title()).isEqualTo("Go-live checklist");
			assertThat(n.byName()).isEqualTo(author.displayName());
			assertThat(n.read()).isFalse();
		});
	}

	@Test
	void attentionInATransactionThatRollsBackLeavesNothing() {
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Rolled back", reader.id());
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		transaction.executeWithoutResult(status -> {
			this.notify.attention(reader.id(), ref, "assignment", null);
			status.setRollbackOnly();
		});

		assertThat(this.inbox.unreadCount(actor(reader))).isZero();
	}

	@Test
	void aNotificationAboutAnObjectTheReaderNoLongerSeesIsHiddenAndNotCounted() {
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		ObjectRef seen = this.objects.object("Still visible", reader.id());
		ObjectRef hidden = this.objects.object("Soon hidden", reader.id());
		this.notify.attention(reader.id(), seen, "decision", null);
		this.notify.attention(reader.id(), hidden, "sign-off", null);
		assertThat(this.inbox.unreadCount(actor(reader))).isEqualTo(2);

		this.objects.hideFrom(hidden, reader.id());

		assertThat(this.inbox.unreadCount(actor(reader))).isEqualTo(1);
		assertThat(this.inbox.latest(actor(reader), 10)).extracting(n -> n.object().ref()).containsExactly(seen);
		assertThat(idOf(reader, hidden)).as("the hidden object's notification in the full list").isEqualTo(-1);
	}

	@Test
	void openingMarksReadAndAnswersTheObjectOnlyForItsOwnReader() {
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		PersonSummary other = this.identity.person("other", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Budget", reader.id(), other.id());
		this.notify.attention(reader.id(), ref, "due", null);
		long id = this.inbox.latest(actor(reader), 1).get(0).id();

		assertThatThrownBy(() -> this.inboxService.open(id, actor(other))).isInstanceOf(NotFoundException.class);
		assertThat(this.inboxService.open(id, actor(reader)).link()).isEqualTo("/samples/" + ref.id());

		assertThat(this.inbox.unreadCount(actor(reader))).isZero();
		assertThat(this.inbox.latest(actor(reader), 1).get(0).read()).isTrue();
	}

	@Test
	void aReasonTurnedOffIsNotKeptAndOneselfIsNeverTold() {
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Quiet", reader.id());
		this.preferences.keepInApp(actor(reader), EnumSet.complementOf(EnumSet.of(NotificationReason.COMMENT)));

		this.notify.attention(reader.id(), ref, "comment", null);
		this.notify.attention(reader.id(), ref, "mention", reader.id());
		this.notify.attention(reader.id(), ref, "no-such-reason", null);

		assertThat(this.inbox.latest(actor(reader), 10)).isEmpty();
		assertThat(this.preferences.inApp(actor(reader))).containsEntry(NotificationReason.COMMENT, false)
			.containsEntry(NotificationReason.MENTION, true);
	}

	@Test
	void markAllReadLeavesNothingUnread() {
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Many", reader.id());
		this.notify.attention(reader.id(), ref, "mention", null);
		this.notify.attention(reader.id(), ref, "assignment", null);

		this.inboxService.markAllRead(actor(reader));

		assertThat(this.inbox.unreadCount(actor(reader))).isZero();
		assertThat(this.inbox.latest(actor(reader), 10)).hasSize(2);
	}

	private long idOf(PersonSummary reader, ObjectRef ref) {
		return this.inboxService.all(actor(reader))
			.stream()
			.filter(n -> n.object().ref().equals(ref))
			.mapToLong(NotificationView::id)
			.findFirst()
			.orElse(-1);
	}

	private static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

}
