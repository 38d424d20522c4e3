package org.agilepmo.discussion.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.agilepmo.discussion.DiscussionFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The thread's pages and API under the rule of the object they hang on: a hidden object
 * answers 404 for its comments and files; Markdown never brings active content into the
 * page; files are typed by their bytes, bounded in size, kept in versions and always
 * downloaded, never shown; and looking writes nothing.
 */
@PmoTest
class DiscussionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	SampleObjects objects;

	@Autowired
	DiscussionFixtures discussion;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHiddenObjectAnswers404ForItsCommentsItsFilesAndTheirDownloads() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		ObjectRef ref = this.objects.object("Secret project", owner.id());
		long file = this.discussion.attachment(owner, ref, "minutes.txt").id();
		long comment = this.discussion.comment(owner, ref, "Hidden words").id();
		String token = "Bearer " + this.people.tokenOf(stranger);

		this.mvc.perform(get(thread(ref)).with(this.people.as(stranger))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(thread(ref) + "/comments").param("body", "hello").with(this.people.as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart(thread(ref) + "/attachments").file(text("file", "x.txt", "x"))
				.with(this.people.as(stranger))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/" + file).with(this.people.as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/" + file + "/versions/1").with(this.people.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/discussion/comments/" + comment + "/delete").param("version", "0")
				.with(this.people.as(stranger))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(api(ref) + "/comments").header("Authorization", token)).andExpect(status().isNotFound());
		this.mvc
			.perform(post(api(ref) + "/comments").header("Authorization", token)
				.contentType("application/json")
				.content("{\"body\":\"hello\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(api(ref) + "/attachments").header("Authorization", token))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart(api(ref) + "/attachments").file(text("file", "x.txt", "x"))
				.header("Authorization", token))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/attachments/" + file + "/content").header("Authorization", token))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(patch("/api/v1/comments/" + comment).header("Authorization", token)
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"body\":\"mine\"}"))
			.andExpect(status().isNotFound());

		String page = this.mvc.perform(get(thread(ref)).with(this.people.as(owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hidden words").contains("minutes.txt");
	}

	@Test
	void scriptsEventHandlersAndScriptLinksInMarkdownNeverReachThePage() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Markdown", owner.id());
		String body = "**fine** <script>alert('x1')</script> <img src=x onerror=alert('x2')> "
				+ "[go](javascript:alert('x3')) <a href=\"javascript:alert('x4')\">a</a>\n\n<script>alert('x5')</script>";

		this.mvc.perform(post(thread(ref) + "/comments").param("body", body).with(this.people.as(owner)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/samples/" + ref.id() + "#discussion-sample-object-" + ref.id()));

		String page = this.mvc.perform(get(thread(ref)).header("HX-Request", "true").with(this.people.as(owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<strong>fine</strong>")
			.doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("href=\"javascript:")
			.doesNotContainPattern("<[^>]*onerror");
		String api = com.jayway.jsonpath.JsonPath.read(this.mvc
			.perform(get(api(ref) + "/comments").header("Authorization", "Bearer " + this.people.tokenOf(owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].html");
		assertThat(api).contains("<strong>fine</strong>")
			.doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("href=\"javascript:");
	}

	@Test
	void aPdfNamedTxtIsKeptAsAPdfAndAProgramNamedPdfIsRefusedNextToTheField() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Evidence", owner.id());

		upload(owner, ref, new MockMultipartFile("file", "minutes.txt", "text/plain", pdf(4000)))
			.andExpect(status().is3xxRedirection());
		long id = attachmentIds(ref).get(0);
		this.mvc.perform(get("/attachments/" + id).with(this.people.as(owner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));

		String refused = upload(owner, ref,
				new MockMultipartFile("file", "invoice.pdf", "application/pdf", executable()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("is-invalid").contains("invoice.pdf").contains("may not be attached");
		assertThat(attachmentIds(ref)).hasSize(1);
	}

	@Test
	void aFileOverTheLimitAnswers413NamingTheLimit() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Large files", owner.id());
		byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];

		String page = upload(owner, ref, new MockMultipartFile("file", "big.txt", "text/plain", tooLarge))
			.andExpect(status().isContentTooLarge())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("25 MB").contains("is-invalid");
		this.mvc
			.perform(multipart(api(ref) + "/attachments")
				.file(new MockMultipartFile("file", "big.txt", "text/plain", tooLarge))
				.header("Authorization", "Bearer " + this.people.tokenOf(owner))
				.header("Accept-Language", "fr"))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("25 Mo")));
		assertThat(attachmentIds(ref)).isEmpty();
	}

	@Test
	void theSameNameAgainMakesVersionTwoAndBothVersionsDownload() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Versions", owner.id());

		upload(owner, ref, text("file", "plan.txt", "first")).andExpect(status().is3xxRedirection());
		upload(owner, ref, text("file", "plan.txt", "second")).andExpect(status().is3xxRedirection());

		long id = attachmentIds(ref).get(0);
		assertThat(attachmentIds(ref)).hasSize(1);
		assertThat(download("/attachments/" + id + "/versions/1", owner)).isEqualTo("first");
		assertThat(download("/attachments/" + id + "/versions/2", owner)).isEqualTo("second");
		assertThat(download("/attachments/" + id, owner)).isEqualTo("second");
		this.mvc.perform(get(api(ref) + "/attachments").header("Authorization", "Bearer " + this.people.tokenOf(owner)))
			.andExpect(jsonPath("$[0].versions[0].number").value(2))
			.andExpect(jsonPath("$[0].versions[1].number").value(1))
			.andExpect(jsonPath("$[0].versions[1].sha256")
				.value("a7937b64b8caa58f03721bb6bacf5c78cb235febe0e70b1b84cd99541461a08e"));
	}

	@Test
	void aMentionOfSomeoneWhoMayNotSeeTheObjectCreatesNoNotification() throws Exception {
		PersonSummary author = this.people.person("author", ScreeningLevel.BASIC);
		PersonSummary reader = this.people.person("reader", ScreeningLevel.BASIC);
		PersonSummary outsider = this.people.person("outsider", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Mentions", author.id(), reader.id());

		this.mvc
			.perform(post(thread(ref) + "/comments")
				.param("body", "@" + reader.username() + " @" + outsider.username() + " please review")
				.with(this.people.as(author))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(notificationsOf(reader)).isEqualTo(1);
		assertThat(notificationsOf(outsider)).isZero();
	}

	@Test
	void commentsFollowIfMatchInTheApi() throws Exception {
		PersonSummary author = this.people.person("author", ScreeningLevel.BASIC);
		PersonSummary colleague = this.people.person("colleague", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("API", author.id(), colleague.id());
		String token = "Bearer " + this.people.tokenOf(author);
		MvcResult created = this.mvc
			.perform(post(api(ref) + "/comments").header("Authorization", token)
				.contentType("application/json")
				.content("{\"body\":\"First *take*\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.html").value("<p>First <em>take</em></p>\n"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");

		this.mvc
			.perform(patch(location).header("Authorization", token)
				.contentType("application/json")
				.content("{\"body\":\"Second\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(patch(location).header("Authorization", token)
				.header("If-Match", "\"7\"")
				.contentType("application/json")
				.content("{\"body\":\"Second\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(patch(location).header("Authorization", token)
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"body\":\"Second\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.revisions[0].body").value("First *take*"));
		this.mvc
			.perform(delete(location).header("Authorization", "Bearer " + this.people.tokenOf(colleague))
				.header("If-Match", "\"1\""))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(location).header("Authorization", token).header("If-Match", "\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removed").value(true));
	}

	@Test
	void lookingAtThreadsFilesAndNotificationsWritesNothing() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		PersonSummary reader = this.people.person("reader", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Read only", owner.id(), reader.id());
		long file = this.discussion.attachment(owner, ref, "notes.txt").id();
		this.discussion.comment(owner, ref, "Hello @" + reader.username());
		this.discussion.comment(reader, ref, "Thanks");
		String token = "Bearer " + this.people.tokenOf(reader);
		Map<String, Long> before = rowCounts();

		for (PersonSummary who : List.of(owner, reader)) {
			this.mvc.perform(get(thread(ref)).with(this.people.as(who))).andExpect(status().isOk());
			this.mvc.perform(get(thread(ref)).header("HX-Request", "true").with(this.people.as(who)))
				.andExpect(status().isOk());
			this.mvc.perform(get("/attachments/" + file).with(this.people.as(who))).andExpect(status().isOk());
			this.mvc.perform(get("/notifications").with(this.people.as(who))).andExpect(status().isOk());
			this.mvc.perform(get("/notifications/settings").with(this.people.as(who))).andExpect(status().isOk());
			this.mvc.perform(get("/people/suggest").param("q", "own").with(this.people.as(who)))
				.andExpect(status().isOk());
		}
		for (String path : List.of(api(ref) + "/comments", api(ref) + "/attachments",
				"/api/v1/attachments/" + file + "/content", "/api/v1/notifications",
				"/api/v1/notifications/unread-count", "/api/v1/people/suggest?q=own")) {
			this.mvc.perform(get(path).header("Authorization", token)).andExpect(status().isOk());
		}

		assertThat(rowCounts()).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource({ "en, ltr", "fr, ltr", "es, ltr", "ar, rtl" })
	void theThreadReadsInEachLanguage(String lang, String dir) throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		ObjectRef ref = this.objects.object("Languages", owner.id());
		this.discussion.attachment(owner, ref, "notes.txt");
		this.discussion.comment(owner, ref, "Hello");

		this.mvc.perform(get(thread(ref)).param("lang", lang).with(this.people.as(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"" + dir + "\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	private org.springframework.test.web.servlet.ResultActions upload(PersonSummary who, ObjectRef ref,
			MockMultipartFile file) throws Exception {
		return this.mvc.perform(multipart(HttpMethod.POST, thread(ref) + "/attachments").file(file)
			.with(this.people.as(who))
			.with(csrf()));
	}

	private String download(String path, PersonSummary who) throws Exception {
		return this.mvc.perform(get(path).with(this.people.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<Long> attachmentIds(ObjectRef ref) {
		return this.jdbc
			.sql("select id from discussion_attachment where object_kind = ? and object_id = ? and removed_at is null")
			.params(ref.kind(), ref.id())
			.query(Long.class)
			.list();
	}

	private long notificationsOf(PersonSummary person) {
		return this.jdbc.sql("select count(*) from notification where person_id = ?")
			.param(person.id())
			.query(Long.class)
			.single();
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("discussion_comment", "discussion_comment_revision", "discussion_attachment",
				"discussion_attachment_version", "discussion_attachment_chunk", "notification",
				"notification_preference", "audit_entry")) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("unread",
				this.jdbc.sql("select count(*) from notification where read_at is null").query(Long.class).single());
		return counts;
	}

	private static String thread(ObjectRef ref) {
		return "/discussion/" + ref.kind() + "/" + ref.id();
	}

	private static String api(ObjectRef ref) {
		return "/api/v1/objects/" + ref.kind() + "/" + ref.id();
	}

	private static MockMultipartFile text(String part, String name, String content) {
		return new MockMultipartFile(part, name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] pdf(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	private static byte[] executable() {
		byte[] bytes = new byte[1024];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3C] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

}
