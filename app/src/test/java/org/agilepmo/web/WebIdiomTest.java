package org.agilepmo.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's controllers follow the one web idiom of {@code org.agilepmo.web}: a
 * refused or stale change is caught by {@link Pages} (pages) or {@code ApiProblems} (the
 * API), never by the controller, and {@code If-Match} is read by the {@link IfMatch}
 * resolver only.
 * <p>
 * The rules read the compiled classes (ArchUnit sees each method's try/catch blocks,
 * including those of its lambdas, and each parameter's annotations); a scan of the
 * sources backs them up for what the byte code cannot show (a header name is a constant
 * the compiler copies into the caller).
 */
class WebIdiomTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.agilepmo");

	static final Path SOURCES = Path.of("src", "main", "java", "org", "agilepmo");

	@Test
	void controllersCatchNoExceptions() {
		ArchRule rule = classes().that()
			.resideInAPackage("org.agilepmo.*.web..")
			.and()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should(catchNothing())
			.because("a controller hands refused and stale changes to org.agilepmo.web.Pages (pages) "
					+ "or lets them reach ApiProblems (the API)");
		rule.check(CLASSES);
	}

	@Test
	void noControllerReadsIfMatchByHand() {
		ArchRule rule = codeUnits().that()
			.areDeclaredInClassesThat()
			.resideOutsideOfPackage("org.agilepmo.web..")
			.should(notTakeTheIfMatchHeader())
			.because("an update takes its version with @IfMatch, read in one place");
		rule.check(CLASSES);
	}

	@Test
	void theSourcesOfModuleControllersHaveNoCatchBlock() throws IOException {
		Pattern catchBlock = Pattern.compile("\\bcatch\\s*\\(");
		List<String> found = new ArrayList<>();
		for (Path file : moduleWebSources()) {
			String text = Files.readString(file);
			if (text.contains("@Controller") || text.contains("@RestController")) {
				lines(file, text, catchBlock, found);
			}
		}
		assertThat(found).as("catch blocks in controllers").isEmpty();
	}

	@Test
	void noSourceOutsideTheWebModuleNamesTheIfMatchHeader() throws IOException {
		Pattern ifMatch = Pattern.compile("IF_MATCH|\"If-Match\"", Pattern.CASE_INSENSITIVE);
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> !f.startsWith(SOURCES.resolve("web")))
				.toList()) {
				lines(file, Files.readString(file), ifMatch, found);
			}
		}
		assertThat(found).as("If-Match read outside org.agilepmo.web").isEmpty();
	}

	private static List<Path> moduleWebSources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> f.getParent().getFileName().toString().equals("web"))
				.filter(f -> !f.getParent().equals(SOURCES.resolve("web")))
				.toList();
		}
	}

	private static void lines(Path file, String text, Pattern pattern, List<String> found) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (pattern.matcher(lines[i]).find()) {
				found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
			}
		}
	}

	private static ArchCondition<JavaClass> catchNothing() {
		return new ArchCondition<>("catch no exception") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				for (JavaCodeUnit unit : type.getCodeUnits()) {
					unit.getTryCatchBlocks()
						.forEach(block -> events.add(SimpleConditionEvent.violated(type,
								unit.getFullName() + " has a try/catch block " + block.getSourceCodeLocation())));
				}
			}
		};
	}

	private static ArchCondition<JavaCodeUnit> notTakeTheIfMatchHeader() {
		return new ArchCondition<>("not take the If-Match header as a parameter") {
			@Override
			public void check(JavaCodeUnit unit, ConditionEvents events) {
				for (JavaParameter parameter : unit.getParameters()) {
					if (parameter.isAnnotatedWith(RequestHeader.class)) {
						RequestHeader header = parameter.getAnnotationOfType(RequestHeader.class);
						if ("If-Match".equalsIgnoreCase(header.value()) || "If-Match".equalsIgnoreCase(header.name())) {
							events.add(SimpleConditionEvent.violated(unit,
									unit.getFullName() + " reads If-Match with @RequestHeader"));
						}
					}
				}
			}
		};
	}

}
