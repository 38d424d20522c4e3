package org.agilepmo.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class EngineIsFrameworkFreeTest {

	@Test
	void engineClassesDependOnNoFrameworkOrDatabase() {
		JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.agilepmo.engine");
		noClasses().that()
			.resideInAPackage("org.agilepmo.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..", "java.sql..")
			.check(engine);
	}

}
