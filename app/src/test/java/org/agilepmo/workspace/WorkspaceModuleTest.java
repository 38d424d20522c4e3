package org.agilepmo.workspace;

import java.time.LocalDate;
import java.util.List;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.WorkEntry;
import org.agilepmo.workspace.SearchResult.SearchHit;
import org.agilepmo.workspace.internal.ActivityStream;
import org.agilepmo.workspace.internal.MyWork;
import org.agilepmo.workspace.internal.SearchIndexer;
import org.agilepmo.workspace.internal.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace started with the modules it reads (portfolio, identity, audit) and a
 * test-only module of notes about projects: the search finds words whatever their accents
 * or script, follows every committed change, and never shows, counts or hints at what the
 * reader may not see; the home page gathers the work and the changes the person may see.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "web", verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class, SampleNotes.class })
class WorkspaceModuleTest {

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	SampleNotes notes;

	@Autowired
	SearchService search;

	@Autowired
	MyWork work;

	@Autowired
	ActivityStream activity;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	JdbcClient jdbc;

	PortfolioScene scene;

	long portfolioId;

	PersonSummary reader;

	long project;

	@BeforeEach
	void scene() {
		this.scene = this.portfolios.scene();
		this.portfolioId = this.scene.portfolio().id();
		this.reader = this.scene.person("reader", ScreeningLevel.ENHANCED);
		this.project = this.scene.project(this.portfolioId, Classification.PUBLIC).id();
		this.scene.giveProjectRole(this.project, this.reader, ProjectRole.TEAM_MEMBER);
	}

	@Test
	void aWordIsFoundWithoutItsAccentsAndByItsBeginning() {
		String unique = unique();
		ObjectRef note = this.notes.write("Intégration des systèmes " + unique, "Réseau élargi", this.project);

		assertThat(refsFound("integration " + unique)).containsExactly(note);
		assertThat(refsFound("INTÉGRATION " + unique)).containsExactly(note);
		assertThat(refsFound(unique + " integ")).as("the last word typed is a prefix").containsExactly(note);
		assertThat(refsFound("reseau elargi " + unique)).containsExactly(note);
		assertThat(refsFound("integ " + unique)).as("only the last word is a prefix").isEmpty();
	}

	@Test
	void arabicTextIsFoundWithOrWithoutItsDiacritics() {
		String unique = unique();
		ObjectRef note = this.notes.write("تكامل أنظمة الحدود " + unique, "كَلِمَة مُشْكَلَة", this.project);

		assertThat(refsFound("الحدود " + unique)).containsExactly(note);
		assertThat(refsFound(unique + " كلمة")).as("diacritics are folded").containsExactly(note);
		SearchHit hit = this.search.search(actor(this.reader), "الحدود " + unique, null, 0).hits().get(0);
		assertThat(hit.title()).isEqualTo("تكامل أنظمة الحدود " + unique);
	}

	@Test
	void hitsWithTheWordsInTheirTitleComeFirst() {
		String unique = unique();
		ObjectRef inBody = this.notes.write("Minutes " + unique, "We spoke about the border crossing", this.project);
		ObjectRef inTitle = this.notes.write("Border crossing " + unique, "Minutes of the meeting", this.project);

		assertThat(refsFound("border " + unique)).containsExactly(inTitle, inBody);
	}

	@Test
	void aConfidentialProjectsObjectsAreNeitherShownNorCountedToSomeoneNotClearedForIt() {
		String unique = unique();
		PersonSummary notCleared = this.scene.person("basic", ScreeningLevel.BASIC);
		PersonSummary cleared = this.scene.person("cleared", ScreeningLevel.ENHANCED);
		long confidential = confidentialProjectOf(notCleared, cleared);
		this.scene.giveProjectRole(this.project, notCleared, ProjectRole.TEAM_MEMBER);
		this.scene.giveProjectRole(this.project, cleared, ProjectRole.TEAM_MEMBER);
		ObjectRef secret = this.notes.write("Border secret " + unique, "Watch list", confidential);
		ObjectRef open = this.notes.write("Border open " + unique, "Public list", this.project);

		SearchResult hidden = this.search.search(actor(notCleared), "border " + unique, null, 0);
		assertThat(hidden.hits()).extracting(SearchHit::title).containsExactly("Border open " + unique);
		assertThat(hidden.total()).isEqualTo(1);
		assertThat(hidden.facets()).containsExactly(new SearchResult.Facet(SampleNotes.KIND, 1));
		assertThat(this.search.search(actor(notCleared), "watch list " + unique, null, 0).total()).isZero();
		assertThat(this.search.search(actor(notCleared), "watch list " + unique, null, 0).facets()).isEmpty();

		SearchResult seen = this.search.search(actor(cleared), "border " + unique, null, 0);
		assertThat(seen.total()).isEqualTo(2);
		assertThat(seen.facets()).containsExactly(new SearchResult.Facet(SampleNotes.KIND, 2));
		assertThat(refsFound(cleared, "border " + unique)).containsExactlyInAnyOrder(secret, open);
	}

	@Test
	void theIndexFollowsEveryCommittedChange() {
		String unique = unique();
		ObjectRef note = this.notes.write("Quarterly review " + unique, "", this.project);
		assertThat(refsFound("quarterly " + unique)).containsExactly(note);

		this.notes.rename(note, "Annual review " + unique);
		assertThat(refsFound("annual " + unique)).containsExactly(note);
		assertThat(refsFound("quarterly " + unique)).isEmpty();

		long confidential = this.scene.project(this.portfolioId, Classification.CONFIDENTIAL).id();
		this.notes.move(note, confidential);
		assertThat(refsFound("annual " + unique)).as("hidden once it belongs to a project the reader may not see")
			.isEmpty();

		this.notes.move(note, this.project);
		assertThat(refsFound("annual " + unique)).containsExactly(note);
		this.notes.delete(note);
		assertThat(refsFound("annual " + unique)).isEmpty();
	}

	@Test
	void aChangeRolledBackIsNotIndexed() {
		String unique = unique();
		ObjectRef note = this.notes.writeAndRollBack("Refused " + unique, this.project);

		assertThat(this.jdbc.sql("select count(*) from workspace_search where kind = ? and object_id = ?")
			.params(note.kind(), note.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theFilterByKindKeepsTheFacetsOfEveryKind() {
		String unique = unique();
		this.notes.write("Filtered " + unique, "", this.project);

		SearchResult ofNotes = this.search.search(actor(this.reader), "filtered " + unique, SampleNotes.KIND, 0);
		SearchResult ofProjects = this.search.search(actor(this.reader), "filtered " + unique, "project", 0);
		assertThat(ofNotes.total()).isEqualTo(1);
		assertThat(ofProjects.total()).isZero();
		assertThat(ofProjects.facets()).containsExactly(new SearchResult.Facet(SampleNotes.KIND, 1));
	}

	@Test
	void whatNeedsMeComesOverdueFirstThenByDueDate() {
		String unique = unique();
		LocalDate today = LocalDate.now();
		this.notes.write("Later " + unique, "", this.project, this.reader.id(), today.plusDays(9));
		this.notes.write("Undated " + unique, "", this.project, this.reader.id(), null);
		this.notes.write("Overdue " + unique, "", this.project, this.reader.id(), today.minusDays(2));
		this.notes.write("Soon " + unique, "", this.project, this.reader.id(), today.plusDays(1));
		PersonSummary notCleared = this.scene.person("basic", ScreeningLevel.BASIC);
		long confidential = confidentialProjectOf(notCleared);
		this.notes.write("Hidden " + unique, "", confidential, notCleared.id(), today.minusDays(5));

		List<WorkEntry> needsMe = this.work.of(actor(this.reader)).needsMe();
		assertThat(needsMe).extracting(w -> w.object().title())
			.containsExactly("Overdue " + unique, "Soon " + unique, "Later " + unique, "Undated " + unique);
		assertThat(needsMe.get(0).overdue()).isTrue();
		assertThat(this.work.of(actor(notCleared)).needsMe()).isEmpty();
	}

	@Test
	void recentChangesShowOnlyWhatTheReaderMaySeeByItsName() {
		String unique = unique();
		PersonSummary notCleared = this.scene.person("basic", ScreeningLevel.BASIC);
		long confidential = confidentialProjectOf(notCleared);
		this.scene.giveProjectRole(this.project, notCleared, ProjectRole.TEAM_MEMBER);
		this.notes.write("Seen change " + unique, "", this.project);
		this.notes.write("Hidden change " + unique, "", confidential);

		List<String> titles = this.activity.recent(actor(notCleared), 50)
			.stream()
			.map(c -> c.object().title())
			.toList();
		assertThat(titles).contains("Seen change " + unique).doesNotContain("Hidden change " + unique);
		assertThat(this.activity.ofProject(actor(notCleared), confidential, 50)).isEmpty();
		assertThat(this.activity.ofProject(actor(this.reader), this.project, 50)).extracting(c -> c.object().title())
			.contains("Seen change " + unique)
			.doesNotContain("Hidden change " + unique);
	}

	/**
	 * A confidential project on which the people hold a role (given while it was public,
	 * as a project is reclassified after its team is named).
	 */
	@Test
	void theIndexIsRebuiltOnStartWhenItsVersionChanged() {
		String unique = unique();
		this.notes.write("Indexed " + unique, "", this.project);
		ObjectRef missed = this.notes.keepQuietly("Missed by the index " + unique, "", this.project);
		assertThat(refsFound("missed " + unique)).isEmpty();

		this.indexer.rebuildWhenStale();
		assertThat(refsFound("missed " + unique)).as("the index is up to date: no rebuild").isEmpty();

		this.jdbc.sql("update workspace_search_state set index_version = 0").update();
		this.indexer.rebuildWhenStale();
		assertThat(refsFound("missed " + unique)).containsExactly(missed);
	}

	/**
	 * A measurement more than a check: thousands of indexed objects, a word they all hold
	 * (the search checks its maximum of candidates) and a word only one holds.
	 */
	@Test
	void searchingManyObjectsStaysFast() {
		String unique = unique();
		int count = 5_000;
		for (int i = 0; i < count; i++) {
			this.notes.keepQuietly("Haystack " + unique + " number " + i,
					"Straw and more straw " + (i == 4321 ? "needle" + unique : ""), this.project);
		}
		long rebuildStarted = System.nanoTime();
		int indexed = this.indexer.rebuild();
		long rebuildMillis = (System.nanoTime() - rebuildStarted) / 1_000_000;
		assertThat(indexed).isGreaterThanOrEqualTo(count);

		Actor reader = actor(this.reader);
		long[] common = time(() -> this.search.search(reader, "haystack " + unique, null, 0));
		long[] rare = time(() -> this.search.search(reader, "needle" + unique, null, 0));
		SearchResult all = this.search.search(reader, "haystack " + unique, null, 0);
		assertThat(all.more()).isTrue();
		assertThat(all.total()).isEqualTo(500);
		assertThat(this.search.search(reader, "needle" + unique, null, 0).hits()).extracting(SearchHit::title)
			.containsExactly("Haystack " + unique + " number 4321");
		System.out.printf(
				"Search over %d indexed objects: rebuild %d ms; a word all hold (500 checked)"
						+ " median %d ms, max %d ms; a word one holds median %d ms, max %d ms%n",
				indexed, rebuildMillis, common[0], common[1], rare[0], rare[1]);
	}

	private static long[] time(Runnable search) {
		search.run();
		long[] millis = new long[11];
		for (int i = 0; i < millis.length; i++) {
			long started = System.nanoTime();
			search.run();
			millis[i] = (System.nanoTime() - started) / 1_000_000;
		}
		java.util.Arrays.sort(millis);
		return new long[] { millis[millis.length / 2], millis[millis.length - 1] };
	}

	private long confidentialProjectOf(PersonSummary... team) {
		long id = this.scene.project(this.portfolioId, Classification.PUBLIC).id();
		for (PersonSummary person : team) {
			this.scene.giveProjectRole(id, person, ProjectRole.TEAM_MEMBER);
		}
		return this.scene.classify(id, Classification.CONFIDENTIAL).id();
	}

	private List<ObjectRef> refsFound(String query) {
		return refsFound(this.reader, query);
	}

	private List<ObjectRef> refsFound(PersonSummary person, String query) {
		return this.search.search(actor(person), query, null, 0)
			.hits()
			.stream()
			.map(hit -> new ObjectRef(hit.kind(), Long.parseLong(hit.code().substring(2))))
			.toList();
	}

	private static Actor actor(PersonSummary person) {
		return PortfolioScene.actor(person);
	}

	private static String unique() {
		return "w" + Long.toString(System.nanoTime(), 36);
	}

}
