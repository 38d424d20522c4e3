package org.agilepmo.governance.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GateEvidenceSource;
import org.agilepmo.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A mandatory gate item that another module's records satisfy (the risk register's
 * review, through a {@link GateEvidenceSource}) does not block the stage change; the
 * source is asked about the project in the stage it leaves, and only for its own items.
 */
class GateEvidenceFromOtherModulesTest {

	static final ProjectSummary PROJECT = new ProjectSummary(42, "EV-1", "Evidence", Classification.PUBLIC,
			Stage.PLANNING, 7);

	final ProjectGates gates = mock(ProjectGates.class);

	@Test
	void anItemTheRegisterSatisfiesDoesNotBlock() {
		gateWith(item("RISK_REGISTER", true));
		FakeRegister register = new FakeRegister(true);

		assertThatCode(() -> service(register).check(PROJECT, Stage.EXECUTION, null)).doesNotThrowAnyException();
		assertThat(register.askedAbout).isEqualTo(List.of("42 PLANNING RISK_REGISTER"));
	}

	@Test
	void anItemTheRegisterDoesNotYetSatisfyStillBlocks() {
		gateWith(item("RISK_REGISTER", true));

		assertThatThrownBy(() -> service(new FakeRegister(false)).check(PROJECT, Stage.EXECUTION, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("RISK_REGISTER");
	}

	@Test
	void aSourceIsNeverAskedAboutAnotherModulesItems() {
		gateWith(item("PROJECT_PLAN", true));
		FakeRegister register = new FakeRegister(true);

		assertThatThrownBy(() -> service(register).check(PROJECT, Stage.EXECUTION, null))
			.hasMessageContaining("PROJECT_PLAN");
		assertThat(register.askedAbout).isEmpty();
	}

	@Test
	void withoutAnySourceTheGateBehavesAsBefore() {
		gateWith(item("RISK_REGISTER", true));

		assertThatThrownBy(() -> service(null).check(PROJECT, Stage.EXECUTION, null))
			.hasMessageContaining("RISK_REGISTER");
	}

	private void gateWith(TemplateItem item) {
		ProjectGate gate = new ProjectGate(PROJECT.id(), PROJECT.classification(),
				new GateTemplate(Stage.EXECUTION, List.of(item)));
		when(this.gates.findByProjectIdAndTargetStage(PROJECT.id(), Stage.EXECUTION)).thenReturn(Optional.of(gate));
	}

	private static TemplateItem item(String code, boolean mandatory) {
		return new TemplateItem(code, code, true, GateItemKind.DELIVERABLE, mandatory, SignOffRole.PROJECT_MANAGER);
	}

	private GateService service(GateEvidenceSource source) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		if (source != null) {
			beans.registerSingleton("source", source);
		}
		ObjectProvider<GateEvidenceSource> sources = beans.getBeanProvider(GateEvidenceSource.class);
		return new GateService(this.gates, null, null, null, null, null, null, sources);
	}

	static final class FakeRegister implements GateEvidenceSource {

		final boolean satisfied;

		final List<String> askedAbout = new java.util.ArrayList<>();

		FakeRegister(boolean satisfied) {
			this.satisfied = satisfied;
		}

		@Override
		public Set<String> itemCodes() {
			return Set.of("RISK_REGISTER");
		}

		@Override
		public boolean satisfies(long projectId, String stage, String itemCode) {
			this.askedAbout.add(projectId + " " + stage + " " + itemCode);
			return this.satisfied;
		}

	}

}
