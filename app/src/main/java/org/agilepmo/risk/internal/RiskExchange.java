package org.agilepmo.risk.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ImportLimits;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.SheetWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's register as a spreadsheet (XLSX) or CSV, and back: the same columns both
 * ways, the owner by user name, impacts one column per dimension. An import is all or
 * nothing: the first wrong cell refuses the whole file, naming its row and column.
 */
@Service
public class RiskExchange {

	/** The register's columns, in order; the import reads them by these headers. */
	public static final List<String> COLUMNS = List.of("Code", "Nature", "Title", "Cause", "Event", "Effect",
			"Category", "Owner", "Probability", "Schedule impact", "Cost impact", "Quality impact", "Reputation impact",
			"Security impact", "Score", "Rating", "Proximity", "Trigger", "Response", "Residual probability",
			"Residual impact", "Residual score", "Residual rating", "Status");

	/** The most rows an import reads. */
	static final int MAX_ROWS = 2000;

	private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("title", "Title"),
			Map.entry("cause", "Cause"), Map.entry("event", "Event"), Map.entry("effect", "Effect"),
			Map.entry("category", "Category"), Map.entry("ownerId", "Owner"), Map.entry("probability", "Probability"),
			Map.entry("impact", "Schedule impact"), Map.entry("trigger", "Trigger"), Map.entry("response", "Response"),
			Map.entry("residualProbability", "Residual probability"), Map.entry("residualImpact", "Residual impact"),
			Map.entry("links", "Title"));

	private final RiskService risks;

	private final RegisterAccess access;

	private final ImportLimits limits;

	RiskExchange(RiskService risks, RegisterAccess access, java.util.Optional<ImportLimits> limits) {
		this.risks = risks;
		this.access = access;
		this.limits = limits.orElseGet(ImportLimits::defaults);
	}

	/** The register's rows as the files hold them, one list of cell texts per risk. */
	@Transactional(readOnly = true)
	public List<List<String>> rows(Actor actor, long projectId) {
		return rows(actor, projectId, null);
	}

	/**
	 * The rows of the risks the register's filter keeps (every risk, by id, when there is
	 * no filter).
	 */
	@Transactional(readOnly = true)
	public List<List<String>> rows(Actor actor, long projectId, RiskService.RegisterFilter filter) {
		List<Risk> all = (filter == null) ? this.risks.all(actor, projectId)
				: this.risks.register(actor, projectId, filter, 0, Integer.MAX_VALUE).items();
		Map<Long, PersonSummary> people = this.access
			.people(all.stream().map(Risk::ownerId).filter(java.util.Objects::nonNull).toList());
		List<List<String>> rows = new ArrayList<>();
		for (Risk r : all) {
			Impacts i = r.impacts();
			rows.add(List.of(r.code(), r.nature().name(), r.title(), text(r.cause()), text(r.event()), text(r.effect()),
					r.category(),
					r.ownerId() == null || !people.containsKey(r.ownerId()) ? "" : people.get(r.ownerId()).username(),
					String.valueOf(r.probability()), level(i, ImpactDimension.SCHEDULE), level(i, ImpactDimension.COST),
					level(i, ImpactDimension.QUALITY), level(i, ImpactDimension.REPUTATION),
					level(i, ImpactDimension.SECURITY), String.valueOf(r.score()), r.rating().name(),
					r.proximity() == null ? "" : r.proximity().toString(), text(r.trigger()),
					r.response() == null ? "" : r.response().name(),
					r.residualProbability() == null ? "" : String.valueOf(r.residualProbability()),
					r.residualImpact() == null ? "" : String.valueOf(r.residualImpact()),
					r.residualScore() == null ? "" : String.valueOf(r.residualScore()),
					r.residualRating() == null ? "" : r.residualRating().name(), r.status().name()));
		}
		return rows;
	}

	@Transactional(readOnly = true)
	public byte[] csv(Actor actor, long projectId) {
		return SheetWriter.csv(table(actor, projectId, null));
	}

	@Transactional(readOnly = true)
	public byte[] xlsx(Actor actor, long projectId) {
		return SheetWriter.xlsx(table(actor, projectId, null));
	}

	/**
	 * The register (or the risks its filter keeps) as the shared writer takes it: levels
	 * and scores as numbers; the columns an import reads back.
	 */
	@Transactional(readOnly = true)
	public SheetWriter.Table table(Actor actor, long projectId, RiskService.RegisterFilter filter) {
		SheetWriter.Builder table = SheetWriter.table("Risk register", COLUMNS);
		for (List<String> row : rows(actor, projectId, filter)) {
			table.row(row.stream().map(v -> (Object) (v.matches("\\d{1,4}") ? Integer.valueOf(v) : v)).toList());
		}
		return table.build();
	}

	/**
	 * Records every risk of the file in the project's register, or none: the first wrong
	 * cell refuses the file, naming its row (as the spreadsheet numbers it) and column.
	 * Answers how many risks were recorded.
	 */
	@Transactional
	public int importRegister(Actor actor, long projectId, String filename, byte[] content) {
		this.access.editable(actor, projectId);
		if (content == null || content.length == 0) {
			throw new RuleViolationException("file", "risk.error.importEmpty", "the file is empty");
		}
		if (content.length > this.limits.maxTextSize().toBytes()) {
			throw new RuleViolationException("file", "risk.error.importTooLarge", "the file is too large",
					ImportLimits.inWords(this.limits.maxTextSize().toBytes()));
		}
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		List<Map<String, String>> rows = name.endsWith(".xlsx") ? readXlsx(content) : readCsv(content);
		int count = 0;
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			int number = i + 2;
			RiskDraft draft = draft(row, number, projectId);
			try {
				this.risks.record(actor, projectId, draft);
			}
			catch (RuleViolationException ex) {
				throw cell(number, FIELD_COLUMNS.getOrDefault(ex.field(), "Title"), ex.getMessage());
			}
			count++;
		}
		return count;
	}

	private RiskDraft draft(Map<String, String> row, int number, long projectId) {
		Nature nature = choice(row, number, "Nature", Nature.class, Nature.THREAT);
		Map<String, Integer> impact = new LinkedHashMap<>();
		for (ImpactDimension d : ImpactDimension.values()) {
			Integer level = whole(row, number, columnOf(d));
			if (level != null) {
				impact.put(d.key(), level);
			}
		}
		if (impact.isEmpty()) {
			throw cell(number, "Schedule impact", "at least one impact is required");
		}
		Integer residualImpact = whole(row, number, "Residual impact");
		Long owner = null;
		String username = row.getOrDefault("Owner", "");
		if (!username.isBlank()) {
			owner = this.access.enabledPeople()
				.stream()
				.filter(p -> p.username().equalsIgnoreCase(username.strip()))
				.findFirst()
				.orElseThrow(() -> cell(number, "Owner", "there is no person with this user name"))
				.id();
		}
		LocalDate proximity = null;
		String when = row.getOrDefault("Proximity", "");
		if (!when.isBlank()) {
			try {
				proximity = LocalDate.parse(when.strip());
			}
			catch (DateTimeParseException ex) {
				throw cell(number, "Proximity", "must be a date written 2026-03-31");
			}
		}
		String title = row.getOrDefault("Title", "");
		if (title.isBlank()) {
			throw cell(number, "Title", "is required");
		}
		return new RiskDraft(nature, title, row.get("Cause"), row.get("Event"), row.get("Effect"),
				row.getOrDefault("Category", ""), owner, required(row, number, "Probability"), impact, proximity,
				row.get("Trigger"), choice(row, number, "Response", Response.class, null),
				whole(row, number, "Residual probability"),
				residualImpact == null ? null : Map.of(worstDimension(impact), residualImpact), List.of());
	}

	/** The residual impact is carried by the dimension that drives the rating. */
	private static String worstDimension(Map<String, Integer> impact) {
		return impact.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private static String columnOf(ImpactDimension d) {
		String key = d.key();
		return Character.toUpperCase(key.charAt(0)) + key.substring(1) + " impact";
	}

	private static Integer required(Map<String, String> row, int number, String column) {
		Integer value = whole(row, number, column);
		if (value == null) {
			throw cell(number, column, "is required");
		}
		return value;
	}

	private static Integer whole(Map<String, String> row, int number, String column) {
		String text = row.getOrDefault(column, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.endsWith(".0")) {
			text = text.substring(0, text.length() - 2);
		}
		if (!text.matches("\\d{1,2}")) {
			throw cell(number, column, "must be a whole number");
		}
		return Integer.parseInt(text);
	}

	private static <E extends Enum<E>> E choice(Map<String, String> row, int number, String column, Class<E> type,
			E otherwise) {
		String text = row.getOrDefault(column, "").strip();
		if (text.isEmpty()) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw cell(number, column, "is not one of the allowed values");
		}
	}

	static RuleViolationException cell(int row, String column, String reason) {
		return new RuleViolationException("file", "risk.error.importCell",
				"row " + row + ", column \u201c" + column + "\u201d: " + reason, row, column, reason);
	}

	private static List<Map<String, String>> readCsv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.get()
			.parse(new StringReader(text))) {
			List<String> header = parser.getHeaderNames();
			checkHeader(header);
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					throw new RuleViolationException("file", "risk.error.importRows", "the file has too many rows",
							MAX_ROWS);
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (String column : header) {
					row.put(column, record.isSet(column) ? record.get(column) : "");
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException ex) {
			throw new RuleViolationException("file", "risk.error.importUnreadable",
					"the file is not a CSV file with the register's columns");
		}
	}

	private static List<Map<String, String>> readXlsx(byte[] content) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter(Locale.ROOT);
			Row head = sheet.getRow(0);
			if (head == null) {
				throw new RuleViolationException("file", "risk.error.importUnreadable",
						"the file is not a spreadsheet with the register's columns");
			}
			List<String> header = new ArrayList<>();
			for (int c = 0; c < head.getLastCellNum(); c++) {
				header.add(head.getCell(c) == null ? "" : format.formatCellValue(head.getCell(c)).strip());
			}
			checkHeader(header);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new RuleViolationException("file", "risk.error.importRows", "the file has too many rows",
						MAX_ROWS);
			}
			List<Map<String, String>> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row line = sheet.getRow(r);
				if (line == null) {
					continue;
				}
				Map<String, String> row = new LinkedHashMap<>();
				boolean empty = true;
				for (int c = 0; c < header.size(); c++) {
					Cell cell = line.getCell(c);
					String value = "";
					if (cell != null) {
						value = cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
								? cell.getLocalDateTimeCellValue().toLocalDate().toString()
								: format.formatCellValue(cell);
					}
					empty &= value.isBlank();
					row.put(header.get(c), value);
				}
				if (!empty) {
					rows.add(row);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException rule) {
				throw rule;
			}
			throw new RuleViolationException("file", "risk.error.importUnreadable",
					"the file is not a spreadsheet with the register's columns");
		}
	}

	private static void checkHeader(List<String> header) {
		for (String needed : List.of("Title", "Category", "Probability")) {
			if (!header.contains(needed)) {
				throw new RuleViolationException("file", "risk.error.importColumn",
						"the file has no column \u201c" + needed + "\u201d", needed);
			}
		}
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}

	private static String level(Impacts impacts, ImpactDimension d) {
		Integer level = impacts.level(d);
		return level == null ? "" : String.valueOf(level);
	}

}
