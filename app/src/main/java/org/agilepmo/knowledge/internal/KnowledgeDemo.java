package org.agilepmo.knowledge.internal;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The PMO's methodology section: the method itself, its templates, its checklists and the
 * stage-gate templates (which governance keeps, linked from here), with the method page
 * edited twice so that its history and differences can be seen.
 */
@Component
@Order(76)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class KnowledgeDemo implements DemoContribution {

	private final KnowledgeService knowledge;

	KnowledgeDemo(KnowledgeService knowledge) {
		this.knowledge = knowledge;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		KnowledgePage method = this.knowledge.create(admin, Scope.PMO, null,
				new KnowledgePage.Draft("Project management methodology", """
						Our projects go from a concept note to closure through five stages, each ended by a gate.

						- Concept and scoping: see [[Templates]] for the concept note.
						- Planning: the plan, the budget and the risk register.
						- Execution and closure: status reports every month.
						"""));
		method = this.knowledge.edit(admin, method.id(), method.version(),
				Change.to(new KnowledgePage.Draft("Project management methodology", """
						Our projects go from a concept note to closure through five stages, each ended by a gate
						(see [[Gate templates]]).

						- Concept and scoping: see [[Templates]] for the concept note.
						- Planning: the plan, the budget and the risk register; check them with the [[Checklists]].
						- Execution and closure: status reports every month.
						""")), "Links to the gates and checklists");
		this.knowledge.edit(admin, method.id(), method.version(),
				Change.to(new KnowledgePage.Draft("Project management methodology", """
						Our projects go from a concept note to closure through five stages, each ended by a gate
						(see [[Gate templates]]).

						- Concept and scoping: see [[Templates]] for the concept note.
						- Planning: the plan, the budget and the risk register; check them with the [[Checklists]].
						- Execution: status reports every month, deviations followed to closure.
						- Closure: lessons learned, recorded in the project's own pages.
						""")), "Execution and closure described separately");
		this.knowledge.create(admin, Scope.PMO, null, new KnowledgePage.Draft("Templates", """
				Templates every project uses:

				1. Concept note (intake form)
				2. Project charter
				3. Status report (reporting module)
				4. Lessons learned

				Back to the [[Project management methodology]].
				"""));
		this.knowledge.create(admin, Scope.PMO, null, new KnowledgePage.Draft("Checklists", """
				**Before planning is approved**

				- Scope agreed with the business owner
				- Baseline saved
				- Risks with an owner and a response
				- Budget approved in its currency

				**Before go-live**

				- Readiness items signed
				- Support team trained
				"""));
		this.knowledge.create(admin, Scope.PMO, null, new KnowledgePage.Draft("Gate templates", """
				The stage gates and their items are kept by governance: see the
				[gate templates](/governance/gate-templates). Each gate's items are signed on the project's gates page.
				"""));
	}

}
