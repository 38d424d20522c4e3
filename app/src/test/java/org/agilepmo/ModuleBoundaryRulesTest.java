package org.agilepmo;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Boundaries that {@code ModularityTests} does not see: no business module depends on the
 * demo module (each keeps its demo data in its own package and contributes it through the
 * shared kernel's {@code DemoContribution}), and test code, too, reaches other modules
 * only through their published API and their public test support.
 */
class ModuleBoundaryRulesTest {

	private static final String BASE = "org.agilepmo.";

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.agilepmo");

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("org.agilepmo");

	@Test
	void noBusinessModuleDependsOnTheDemoModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.agilepmo.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.agilepmo.demo..")
			.because("each module keeps its demo data in its own package and contributes it as a "
					+ "org.agilepmo.shared.DemoContribution")
			.check(MAIN);
	}

	/**
	 * A test in {@code org.agilepmo.<module>} may use its own module's internals; tests
	 * elsewhere ({@code web}, {@code browser}, {@code testsupport}, the root package) are
	 * cross-module tests and may use none.
	 */
	@Test
	void testsUseOnlyOtherModulesPublishedApiAndTestSupport() {
		classes().should(useNoInternalsOfOtherModules())
			.because("a test reaches another module through its published API or its public test support "
					+ "(the fixtures at the module's root package)")
			.check(TESTS);
	}

	private static ArchCondition<JavaClass> useNoInternalsOfOtherModules() {
		return new ArchCondition<>("use no other module's internal types") {
			@Override
			public void check(JavaClass test, ConditionEvents events) {
				String own = moduleOf(test.getPackageName());
				for (Dependency dependency : test.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					String targetPackage = target.getPackageName();
					if (isInternal(targetPackage) && !moduleOf(targetPackage).equals(own)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static boolean isInternal(String packageName) {
		return packageName.startsWith(BASE) && (packageName + ".").contains(".internal.");
	}

	/**
	 * The module a package belongs to: the segment after the base package, or "" for the
	 * root.
	 */
	static String moduleOf(String packageName) {
		if (!packageName.startsWith(BASE)) {
			return "";
		}
		String rest = packageName.substring(BASE.length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

}
