package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.discussion.DiscussionFixtures;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Comments and attachments in the access matrix. They follow the rule of the object they
 * hang on: the samples use a test object only the project manager of the scene may see,
 * comment on and attach to, so that a member, and a person whose screening does not clear
 * the project, get 404 as for the project itself. Suggestions of people to mention are
 * open to every signed-in person.
 */
final class DiscussionAccessEntries {

	static final List<Entry> ENTRIES = List.of(
			project("GET", "/discussion/{kind}/{id}", s -> Sample.of(thread(object(s)))),
			project("POST", "/discussion/{kind}/{id}/comments",
					s -> Sample.of(thread(object(s)) + "/comments").form(Map.of("body", "Matrix comment"))),
			project("POST", "/discussion/comments/{id}/edit",
					s -> Sample.of("/discussion/comments/" + comment(s).id() + "/edit")
						.form(Map.of("body", "Matrix edit", "version", "0"))),
			project("POST", "/discussion/comments/{id}/delete",
					s -> Sample.of("/discussion/comments/" + comment(s).id() + "/delete").form(Map.of("version", "0"))),
			project("POST", "/discussion/{kind}/{id}/attachments",
					s -> Sample.of(thread(object(s)) + "/attachments").file("matrix.txt", "Matrix file")),
			project("POST", "/discussion/attachments/{id}/remove",
					s -> Sample.of("/discussion/attachments/" + attachment(s).id() + "/remove")
						.form(Map.of("version", String.valueOf(attachment(s).version())))),
			project("GET", "/attachments/{id}", s -> Sample.of("/attachments/" + attachment(s).id())),
			project("GET", "/attachments/{id}/versions/{number}",
					s -> Sample.of("/attachments/" + attachment(s).id() + "/versions/1")),
			project("GET", "/api/v1/objects/{kind}/{id}/comments", s -> Sample.of(api(object(s)) + "/comments")),
			project("POST", "/api/v1/objects/{kind}/{id}/comments",
					s -> Sample.of(api(object(s)) + "/comments").json("{\"body\":\"Matrix comment\"}")),
			project("PATCH", "/api/v1/comments/{id}",
					s -> Sample.of("/api/v1/comments/" + comment(s).id())
						.json("{\"body\":\"Matrix edit\"}")
						.ifMatch(0)),
			project("DELETE", "/api/v1/comments/{id}",
					s -> Sample.of("/api/v1/comments/" + comment(s).id()).ifMatch(0)),
			project("GET", "/api/v1/objects/{kind}/{id}/attachments", s -> Sample.of(api(object(s)) + "/attachments")),
			project("POST", "/api/v1/objects/{kind}/{id}/attachments",
					s -> Sample.of(api(object(s)) + "/attachments").file("matrix.txt", "Matrix file")),
			project("GET", "/api/v1/attachments/{id}/content",
					s -> Sample.of("/api/v1/attachments/" + attachment(s).id() + "/content")),
			signedIn("GET", "/people/suggest", s -> Sample.of("/people/suggest?q=adm")),
			// The people suggestions' API serves every picker; its one entry is here.
			signedIn("GET", "/api/v1/people/suggest", s -> Sample.of("/api/v1/people/suggest?q=adm")));

	private DiscussionAccessEntries() {
	}

	/**
	 * A fresh object only the scene's project manager may see, comment on and attach to.
	 */
	private static ObjectRef object(Scene s) {
		return s.bean(SampleObjects.class).object("Matrix object", s.projectManager().id());
	}

	private static DiscussionFixtures.Written comment(Scene s) {
		return s.bean(DiscussionFixtures.class).comment(s.projectManager(), object(s), "Matrix comment");
	}

	private static DiscussionFixtures.Written attachment(Scene s) {
		return s.bean(DiscussionFixtures.class).attachment(s.projectManager(), object(s), "matrix.txt");
	}

	private static String thread(ObjectRef ref) {
		return "/discussion/" + ref.kind() + "/" + ref.id();
	}

	private static String api(ObjectRef ref) {
		return "/api/v1/objects/" + ref.kind() + "/" + ref.id();
	}

}
