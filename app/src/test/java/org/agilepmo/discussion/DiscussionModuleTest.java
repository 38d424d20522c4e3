package org.agilepmo.discussion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.agilepmo.discussion.internal.DiscussionService;
import org.agilepmo.discussion.internal.Views.AttachmentView;
import org.agilepmo.discussion.internal.Views.CommentView;
import org.agilepmo.discussion.internal.Views.Download;
import org.agilepmo.discussion.internal.Views.ThreadView;
import org.agilepmo.discussion.internal.Views.Upload;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The discussion module started with only the modules it uses (identity, audit) and a
 * test directory of objects: comments with mentions, edits and removals; files in
 * versions, typed by their bytes, bounded in size and streamed back in chunks.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@TestPropertySource(properties = "pmo.attachments.max-bytes=2MB")
@Import({ IdentityFixtures.class, DiscussionModuleTest.Objects.class })
@RecordApplicationEvents
class DiscussionModuleTest {

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
	SampleObjects objects;

	@Autowired
	DiscussionService discussion;

	@Autowired
	ApplicationEvents events;

	@Test
	void aMentionTellsThePersonMentionedOnlyWhenTheyMaySeeTheObject() {
		PersonSummary author = this.identity.person("author", ScreeningLevel.BASIC);
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		PersonSummary outsider = this.identity.person("outsider", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Data centre move", author.id(), reader.id());

		this.discussion.comment(ref, actor(author),
				"@" + reader.username() + " and @" + outsider.username() + ", please look.");

		assertThat(this.events.stream(Attention.class))
			.containsExactly(new Attention(reader.id(), ref, "mention", author.id()));
	}

	@Test
	void aNewCommentTellsEarlierCommentersOnceAndNeverTheAuthor() {
		PersonSummary first = this.identity.person("first", ScreeningLevel.BASIC);
		PersonSummary second = this.identity.person("second", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Budget", first.id(), second.id());
		this.discussion.comment(ref, actor(first), "First thoughts");
		this.discussion.comment(ref, actor(first), "More thoughts");
		this.events.clear();

		this.discussion.comment(ref, actor(second), "A reply");

		assertThat(this.events.stream(Attention.class))
			.containsExactly(new Attention(first.id(), ref, "comment", second.id()));
	}

	@Test
	void anEditKeepsThePreviousBodyAndTellsOnlyPeopleNewlyMentioned() {
		PersonSummary author = this.identity.person("author", ScreeningLevel.BASIC);
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		PersonSummary other = this.identity.person("other", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Charter", author.id(), reader.id(), other.id());
		CommentView written = this.discussion.comment(ref, actor(author), "Hello @" + reader.username());
		this.events.clear();

		CommentView edited = this.discussion.edit(written.id(), written.version(), actor(author),
				"Hello @" + reader.username() + " and @" + other.username());

		assertThat(edited.edited()).isTrue();
		assertThat(edited.revisions()).extracting(r -> r.body()).containsExactly("Hello @" + reader.username());
		assertThat(edited.html()).contains(other.displayName());
		assertThat(this.events.stream(Attention.class))
			.containsExactly(new Attention(other.id(), ref, "mention", author.id()));
	}

	@Test
	void onlyTheAuthorEditsAStaleEditIsRefusedAndAnAdministratorRemoves() {
		PersonSummary author = this.identity.person("author", ScreeningLevel.BASIC);
		PersonSummary colleague = this.identity.person("colleague", ScreeningLevel.BASIC);
		PersonSummary admin = this.identity.person("admin", ScreeningLevel.BASIC, GlobalRole.ADMINISTRATOR);
		ObjectRef ref = this.objects.object("Risk", author.id(), colleague.id(), admin.id());
		CommentView written = this.discussion.comment(ref, actor(author), "Original");

		assertThatThrownBy(() -> this.discussion.edit(written.id(), written.version(), actor(colleague), "Mine now"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.discussion.remove(written.id(), written.version(), actor(colleague)))
			.isInstanceOf(AccessDeniedException.class);
		CommentView edited = this.discussion.edit(written.id(), written.version(), actor(author), "Changed");
		assertThatThrownBy(() -> this.discussion.edit(written.id(), written.version(), actor(author), "Stale"))
			.isInstanceOf(StaleVersionException.class);

		CommentView removed = this.discussion.remove(written.id(), edited.version(), actor(admin));

		assertThat(removed.removed()).isTrue();
		ThreadView thread = this.discussion.thread(ref, actor(colleague));
		assertThat(thread.comments()).singleElement().satisfies(c -> {
			assertThat(c.removed()).isTrue();
			assertThat(c.body()).isEmpty();
			assertThat(c.html()).isEmpty();
		});
	}

	@Test
	void aHiddenObjectHasNoThreadForThePersonAndTakesNoCommentOrFile() {
		PersonSummary owner = this.identity.person("owner", ScreeningLevel.BASIC);
		PersonSummary stranger = this.identity.person("stranger", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		ObjectRef ref = this.objects.object("Secret", owner.id());
		AttachmentView file = upload(owner, ref, "notes.txt", text("hello"));

		assertThatThrownBy(() -> this.discussion.thread(ref, actor(stranger))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.discussion.comment(ref, actor(stranger), "hi"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> upload(stranger, ref, "x.txt", text("x"))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.discussion.download(file.id(), null, actor(stranger)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.discussion.thread(new ObjectRef("no-such-kind", 1), actor(owner)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aReaderWhoMayNotAttachIsRefused() {
		PersonSummary owner = this.identity.person("owner", ScreeningLevel.BASIC);
		PersonSummary reader = this.identity.person("reader", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Plan", owner.id());
		this.objects.showTo(ref, reader.id());

		assertThatThrownBy(() -> upload(reader, ref, "x.txt", text("x"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theSameNameAgainMakesVersionTwoAndEveryVersionIsKeptWithItsDigest() throws Exception {
		PersonSummary owner = this.identity.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Gate evidence", owner.id());
		upload(owner, ref, "charter.txt", text("first draft"));
		AttachmentView second = upload(owner, ref, "charter.txt", text("second draft"));

		assertThat(second.versions()).extracting(v -> v.number()).containsExactly(2, 1);
		assertThat(second.latest().sha256()).isEqualTo(sha256(text("second draft")));
		assertThat(read(this.discussion.download(second.id(), 1, actor(owner)))).isEqualTo(text("first draft"));
		assertThat(read(this.discussion.download(second.id(), null, actor(owner)))).isEqualTo(text("second draft"));
		assertThat(this.discussion.thread(ref, actor(owner)).attachments()).hasSize(1);
	}

	@Test
	void aFileOfSeveralChunksComesBackByteForByte() throws Exception {
		PersonSummary owner = this.identity.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Large", owner.id());
		byte[] pdf = pdf(1_500_000);

		AttachmentView file = upload(owner, ref, "report.pdf", pdf);

		Download download = this.discussion.download(file.id(), null, actor(owner));
		assertThat(download.size()).isEqualTo(pdf.length);
		assertThat(download.contentType()).isEqualTo("application/pdf");
		assertThat(read(download)).isEqualTo(pdf);
		assertThat(download.sha256()).isEqualTo(sha256(pdf));
	}

	@Test
	void theTypeComesFromTheBytesNotTheName() {
		PersonSummary owner = this.identity.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Types", owner.id());

		AttachmentView pdfAsText = upload(owner, ref, "minutes.txt", pdf(2000));
		assertThat(pdfAsText.latest().contentType()).isEqualTo("application/pdf");

		assertThatThrownBy(() -> upload(owner, ref, "invoice.pdf", executable()))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("invoice.pdf")
			.hasMessageContaining("may not be attached");
		assertThatThrownBy(() -> upload(owner, ref, "page.txt",
				text("<!DOCTYPE html><html><head><script>alert(1)</script></head></html>")))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> upload(owner, ref, "setup.exe", pdf(2000))).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> upload(owner, ref, "run.sh", text("#!/bin/sh\nrm -rf /\n")))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aFileOverTheLimitIsRefusedEvenWhenItClaimsToBeSmall() {
		PersonSummary owner = this.identity.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Limits", owner.id());
		byte[] tooLarge = pdf(2 * 1024 * 1024 + 1);

		assertThatThrownBy(() -> this.discussion.upload(ref, actor(owner),
				new Upload("big.pdf", new ByteArrayResource(tooLarge)), 10))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("2 MB");
		assertThat(this.discussion.thread(ref, actor(owner)).attachments()).isEmpty();
	}

	@Test
	void aFileNameCannotCarryAPathOrBidirectionalControls() {
		PersonSummary owner = this.identity.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Names", owner.id());

		AttachmentView file = upload(owner, ref, "..\\..\\etc/re\u202Eport\".txt", text("x"));

		assertThat(file.fileName()).isEqualTo("report.txt");
	}

	private AttachmentView upload(PersonSummary person, ObjectRef ref, String name, byte[] bytes) {
		return this.discussion.upload(ref, actor(person), new Upload(name, new ByteArrayResource(bytes)), bytes.length);
	}

	private static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A PDF header followed by noise, as long as asked. */
	static byte[] pdf(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		byte[] header = text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	/**
	 * The start of a Windows program: "MZ", then the PE header where the DOS header says.
	 */
	static byte[] executable() {
		byte[] bytes = new byte[1024];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3C] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	private static byte[] read(Download download) throws IOException {
		try (InputStream in = download.content()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
