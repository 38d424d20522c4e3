package org.agilepmo.governance;

import org.agilepmo.governance.internal.GateService;
import org.agilepmo.governance.internal.GateTemplate;
import org.agilepmo.governance.internal.GateTemplateService;
import org.agilepmo.governance.internal.SignOffRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.Stage;

import org.springframework.boot.test.context.TestComponent;

/**
 * The governance module's public test support: brings a project under gate governance,
 * names signatories and answers gate and template versions (and a template as the API's
 * JSON), so that other modules' tests need none of the module's internals.
 */
@TestComponent
public class GovernanceFixtures {

	private final GateService gates;

	private final GateTemplateService templates;

	GovernanceFixtures(GateService gates, GateTemplateService templates) {
		this.gates = gates;
		this.templates = templates;
	}

	/** Brings the project under gate governance (its gates from the templates). */
	public void govern(PersonSummary pmo, long projectId) {
		this.gates.govern(IdentityFixtures.actor(pmo), projectId);
	}

	/** The version of the project's gate into the stage, for If-Match. */
	public long gateVersion(PersonSummary reader, long projectId, Stage stage) {
		return this.gates.gate(IdentityFixtures.actor(reader), projectId, stage).gate().version();
	}

	/**
	 * Names the person for the sign-off role ({@code OPERATIONS}, say) on the project.
	 */
	public void nameSignatory(PersonSummary pmo, long projectId, String signOffRole, long personId) {
		this.gates.nameSignatory(IdentityFixtures.actor(pmo), projectId, SignOffRole.valueOf(signOffRole), personId);
	}

	/** The version of the gate template into the stage. */
	public long templateVersion(Stage stage) {
		return this.templates.template(stage).version();
	}

	/**
	 * The gate template into the stage as {@code PUT /api/v1/gate-templates/{stage}}
	 * takes it.
	 */
	public String templateJson(Stage stage) {
		GateTemplate template = this.templates.template(stage);
		StringBuilder items = new StringBuilder("{\"items\":[");
		template.items()
			.forEach(i -> items.append("{\"code\":\"")
				.append(i.code())
				.append("\",\"title\":\"")
				.append(i.title())
				.append("\",\"standard\":")
				.append(i.standard())
				.append(",\"kind\":\"")
				.append(i.kind())
				.append("\",\"mandatory\":")
				.append(i.mandatory())
				.append(",\"signOffRole\":\"")
				.append(i.signOffRole())
				.append("\"},"));
		items.setLength(items.length() - 1);
		items.append("]}");
		return items.toString();
	}

}
