package org.agilepmo.planning.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.agilepmo.shared.ImportLimits;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.shared.RuleViolationException;
import org.junit.jupiter.api.AfterAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given to the importer end in a plan or in a {@link PlanImportException} that
 * names the element at fault, never in another exception. In a normal test run this
 * replays the seed corpus in {@code MpxjImportFuzzTestInputs} (small MSPDI, MPX and XER
 * files and broken variants, a zip among them); with {@code JAZZER_FUZZ=1} Jazzer mutates
 * them for as long as it is allowed to.
 */
class MpxjImportFuzzTest {

	static final ImportWorkspace WORKSPACE = new ImportWorkspace(ImportLimits.defaults());

	@AfterAll
	static void removeTheWorkspace() {
		WORKSPACE.destroy();
	}

	@FuzzTest(maxDuration = "5m")
	void anyFileEndsInAPlanOrACleanImportError(byte[] content) {
		try {
			ImportedPlan plan = MpxjReading.read("fuzz", content, WORKSPACE);
			assertThat(plan.activities()).isNotNull();
			for (ImportedPlan.Task task : plan.activities()) {
				assertThat(task.key()).isNotNull();
				assertThat(task.draft().name()).isNotBlank();
			}
		}
		catch (PlanImportException ex) {
			assertThat(ex.element()).isNotBlank();
			assertThat(ex.getMessage()).isNotBlank();
		}
		catch (RuleViolationException ex) {
			assertThat(ex.field()).isEqualTo("file");
			assertThat(ex.messageKey()).startsWith("import.limit.");
		}
		assertThat(WORKSPACE.root()).isEmptyDirectory();
	}

}
