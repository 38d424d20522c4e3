package org.agilepmo.knowledge;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.knowledge.internal.KnowledgePage;
import org.agilepmo.knowledge.internal.KnowledgeService;
import org.agilepmo.knowledge.internal.Scope;
import org.agilepmo.shared.Change;

import org.springframework.boot.test.context.TestComponent;

/**
 * The knowledge module's public test support: project pages written and changed through
 * the module's service, answered as ids and versions.
 */
@TestComponent
public class KnowledgeFixtures {

	private final KnowledgeService knowledge;

	private final IdentityFixtures people;

	KnowledgeFixtures(KnowledgeService knowledge, IdentityFixtures people) {
		this.knowledge = knowledge;
		this.people = people;
	}

	/** A page of the project; its id. */
	public long projectPage(PersonSummary who, long projectId, String title, String body) {
		return this.people.actingAs(who,
				() -> this.knowledge
					.create(IdentityFixtures.actor(who), Scope.PROJECT, projectId, new KnowledgePage.Draft(title, body))
					.id());
	}

	/** A page of the unit; its id. */
	public long unitPage(PersonSummary who, long unitId, String title, String body) {
		return this.people.actingAs(who,
				() -> this.knowledge
					.create(IdentityFixtures.actor(who), Scope.UNIT, unitId, new KnowledgePage.Draft(title, body))
					.id());
	}

	public long edit(PersonSummary who, long id, String body) {
		return this.people.actingAs(who, () -> {
			var actor = IdentityFixtures.actor(who);
			KnowledgePage page = this.knowledge.page(actor, id);
			return this.knowledge
				.edit(actor, id, page.version(), Change.to(new KnowledgePage.Draft(page.title(), body)), null)
				.version();
		});
	}

	public long version(PersonSummary who, long id) {
		return this.knowledge.page(IdentityFixtures.actor(who), id).version();
	}

}
