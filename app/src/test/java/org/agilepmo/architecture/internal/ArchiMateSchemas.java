package org.agilepmo.architecture.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Open Group's published ArchiMate exchange schemas and demo model in
 * {@code ../shared/data/archimate} beside the repository. They may not be shipped, so the
 * tests that need them skip with a message where the folder is absent, unless
 * {@code PMO_SHARED_DATA=required}, where a missing folder fails them.
 */
final class ArchiMateSchemas {

	private ArchiMateSchemas() {
	}

	static Path folder() {
		Path here = Paths.get("").toAbsolutePath();
		for (Path p = here; p != null; p = p.getParent()) {
			if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("engine"))) {
				return p.resolve("../shared/data/archimate").normalize();
			}
		}
		return here.resolve("../../shared/data/archimate").normalize();
	}

	static void requireOrSkip() {
		String message = "No ArchiMate schemas at " + folder()
				+ " (The Open Group's exchange format schemas, kept outside the repository)";
		boolean present = Files.isRegularFile(folder().resolve("archimate3_Diagram.xsd"));
		if ("required".equals(System.getenv("PMO_SHARED_DATA"))) {
			Assertions.assertTrue(present, message);
		}
		Assumptions.assumeTrue(present, message + ": schema validation skipped");
	}

	/** The schema for models with views (it includes the model schema). */
	static Schema diagramSchema() throws Exception {
		return schema("archimate3_Diagram.xsd");
	}

	static Schema modelSchema() throws Exception {
		return schema("archimate3_Model.xsd");
	}

	private static Schema schema(String file) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory.newSchema(folder().resolve(file).toFile());
	}

	static void validate(Schema schema, InputStream model) throws Exception {
		schema.newValidator().validate(new StreamSource(model));
	}

}
