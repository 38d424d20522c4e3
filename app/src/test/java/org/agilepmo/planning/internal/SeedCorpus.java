package org.agilepmo.planning.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.agilepmo.planning.PlanFiles;
import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Writes the fuzz test's seed corpus (run once by hand: the files are committed):
 * {@code java -cp ... org.agilepmo.planning.internal.SeedCorpus app/src/test/resources}.
 */
final class SeedCorpus {

	private SeedCorpus() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Paths.get(args[0], "org/agilepmo/planning/internal/MpxjImportFuzzTestInputs",
				"anyFileEndsInAPlanOrACleanImportError");
		Files.createDirectories(dir);
		byte[] mspdi = PlanFiles.generatedMspdi(4);
		Files.write(dir.resolve("small.xml"), mspdi);
		Files.write(dir.resolve("cycle.xml"), PlanFiles.cyclicMspdi());
		Files.write(dir.resolve("negative.xml"), PlanFiles.negativeDurationMspdi());
		ProjectFile file = new UniversalProjectReader().read(new ByteArrayInputStream(mspdi));
		ByteArrayOutputStream mpx = new ByteArrayOutputStream();
		new MPXWriter().write(file, mpx);
		Files.write(dir.resolve("small.mpx"), mpx.toByteArray());
		ByteArrayOutputStream xer = new ByteArrayOutputStream();
		new PrimaveraXERFileWriter().write(file, xer);
		Files.write(dir.resolve("small.xer"), xer.toByteArray());
		Files.write(dir.resolve("truncated.xml"), java.util.Arrays.copyOf(mspdi, mspdi.length / 2));
		Files.write(dir.resolve("empty"), new byte[0]);
	}

}
