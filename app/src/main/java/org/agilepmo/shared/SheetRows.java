package org.agilepmo.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

/**
 * The rows of an uploaded table, CSV (RFC 4180, UTF-8, with a header line) or the first
 * sheet of an XLSX workbook, each as a map from the header's column names to the cell's
 * text (dates as {@code 2026-03-31}, numbers as the sheet shows them in the root locale).
 * Row numbers are the ones a spreadsheet shows: the header is row 1, so the first data
 * row is 2. An unreadable file, a missing column or too many rows is a
 * {@link RuleViolationException} on the field {@code file}, with the message key the
 * caller's module gives.
 */
public final class SheetRows {

	/** One data row and its number as the spreadsheet shows it. */
	public record SheetRow(int number, Map<String, String> cells) {

		public String get(String column) {
			String value = this.cells.get(column);
			return value == null ? "" : value.strip();
		}

	}

	private SheetRows() {
	}

	/**
	 * Reads the file (XLSX when its name ends so, CSV otherwise); refuses it when a
	 * required column is missing or it holds more than {@code maxRows} rows.
	 * @param keyPrefix the message keys' prefix, e.g. {@code finance.error.}: the keys
	 * {@code importUnreadable}, {@code importColumn} (the column as argument) and
	 * {@code importRows} (the limit) follow it
	 */
	public static List<SheetRow> read(String filename, byte[] content, List<String> required, int maxRows,
			String keyPrefix) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		List<SheetRow> rows = name.endsWith(".xlsx") ? xlsx(content, required, maxRows, keyPrefix)
				: csv(content, required, maxRows, keyPrefix);
		return rows;
	}

	private static List<SheetRow> csv(byte[] content, List<String> required, int maxRows, String keyPrefix) {
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
			checkHeader(header, required, keyPrefix);
			List<SheetRow> rows = new ArrayList<>();
			int number = 1;
			for (CSVRecord record : parser) {
				number++;
				if (rows.size() >= maxRows) {
					throw new RuleViolationException("file", keyPrefix + "importRows", "the file has too many rows",
							maxRows);
				}
				Map<String, String> row = new LinkedHashMap<>();
				boolean empty = true;
				for (String column : header) {
					String value = record.isSet(column) ? record.get(column) : "";
					empty &= value.isBlank();
					row.put(column, value);
				}
				if (!empty) {
					rows.add(new SheetRow(number, row));
				}
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new RuleViolationException("file", keyPrefix + "importUnreadable",
					"the file is not a CSV file with the expected columns");
		}
	}

	private static List<SheetRow> xlsx(byte[] content, List<String> required, int maxRows, String keyPrefix) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter(Locale.ROOT);
			Row head = sheet.getRow(0);
			if (head == null) {
				throw new RuleViolationException("file", keyPrefix + "importUnreadable",
						"the file is not a spreadsheet with the expected columns");
			}
			List<String> header = new ArrayList<>();
			for (int c = 0; c < head.getLastCellNum(); c++) {
				header.add(head.getCell(c) == null ? "" : format.formatCellValue(head.getCell(c)).strip());
			}
			checkHeader(header, required, keyPrefix);
			if (sheet.getLastRowNum() > maxRows) {
				throw new RuleViolationException("file", keyPrefix + "importRows", "the file has too many rows",
						maxRows);
			}
			List<SheetRow> rows = new ArrayList<>();
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
					rows.add(new SheetRow(r + 1, row));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException rule) {
				throw rule;
			}
			throw new RuleViolationException("file", keyPrefix + "importUnreadable",
					"the file is not a spreadsheet with the expected columns");
		}
	}

	private static void checkHeader(List<String> header, List<String> required, String keyPrefix) {
		for (String needed : required) {
			if (!header.contains(needed)) {
				throw new RuleViolationException("file", keyPrefix + "importColumn",
						"the file has no column \u201c" + needed + "\u201d", needed);
			}
		}
	}

}
