package org.agilepmo.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every list the platform exports, written one way: a header line, then one row per
 * object, as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs
 * read accents and Arabic) or as the first sheet of an XLSX workbook. The counterpart of
 * {@link SheetRows}, which reads such files back.
 * <p>
 * Cells are {@code null} (empty), text, numbers ({@link Number}: numeric cells in XLSX,
 * plain digits in CSV), dates and date-times (date cells in XLSX, ISO 8601 in CSV) or
 * booleans. Text that a spreadsheet would run as a formula ({@code = + - @} first) is
 * written with a leading apostrophe in CSV, so that an exported title never executes;
 * XLSX stores text as text and needs no such guard. The XLSX is streamed through POI's
 * SXSSF, so a long list holds only a window of rows in memory.
 */
public final class SheetWriter {

	/** The two formats every export offers. */
	public enum Format {

		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		CSV("csv", "text/csv;charset=UTF-8");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

		/**
		 * The format a request names ({@code xlsx} or {@code csv}, any case; XLSX when
		 * none is named); anything else is refused on the field {@code format}.
		 */
		public static Format of(String name) {
			if (name == null || name.isBlank()) {
				return XLSX;
			}
			return switch (name.strip().toLowerCase(Locale.ROOT)) {
				case "xlsx" -> XLSX;
				case "csv" -> CSV;
				default ->
					throw new RuleViolationException("format", "export.error.format", "the format is xlsx or csv");
			};
		}

	}

	/** A list ready to write: its sheet's name, the column headers, and the rows. */
	public record Table(String name, List<String> headers, List<List<Object>> rows) {

		public Table {
			headers = List.copyOf(headers);
			rows = List.copyOf(rows);
		}

	}

	/** The most rows one export writes (an XLSX sheet holds 1,048,576 lines). */
	public static final int MAX_ROWS = 1_000_000;

	private static final int WINDOW = 200;

	private SheetWriter() {
	}

	/** Starts a list with these column headers. */
	public static Builder table(String name, List<String> headers) {
		return new Builder(name, headers);
	}

	/** The table in the format asked for. */
	public static byte[] write(Format format, Table table) {
		return format == Format.CSV ? csv(table) : xlsx(table);
	}

	public static byte[] csv(Table table) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(table.headers().toArray(String[]::new)).get())) {
			for (List<Object> row : table.rows()) {
				List<String> cells = new ArrayList<>(row.size());
				for (Object value : row) {
					cells.add(csvText(value));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(Table table) {
		SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = book.createCellStyle();
			dateTime.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < table.headers().size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(table.headers().get(c));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (List<Object> row : table.rows()) {
				Row line = sheet.createRow(r++);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = line.createCell(c);
					switch (value) {
						case BigDecimal d -> cell.setCellValue(d.doubleValue());
						case Number n -> cell.setCellValue(n.doubleValue());
						case Boolean b -> cell.setCellValue(b);
						case LocalDate d -> {
							cell.setCellValue(d);
							cell.setCellStyle(date);
						}
						case LocalDateTime d -> {
							cell.setCellValue(d);
							cell.setCellStyle(dateTime);
						}
						default -> cell.setCellValue(value.toString());
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			book.dispose();
		}
	}

	private static String csvText(Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal d -> d.toPlainString();
			case Number n -> n.toString();
			case LocalDateTime d -> d.toString();
			default -> inert(value.toString());
		};
	}

	/**
	 * The text as a spreadsheet shows it without running it: a leading apostrophe before
	 * a first {@code = + - @}.
	 */
	public static String inert(String value) {
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	/** Gathers the rows of a table. */
	public static final class Builder {

		private final String name;

		private final List<String> headers;

		private final List<List<Object>> rows = new ArrayList<>();

		private Builder(String name, List<String> headers) {
			this.name = name;
			this.headers = List.copyOf(headers);
		}

		/** Adds a row; its cells in the headers' order. */
		public Builder row(Object... cells) {
			return row(java.util.Arrays.asList(cells));
		}

		public Builder row(List<?> cells) {
			if (this.rows.size() >= MAX_ROWS) {
				throw new RuleViolationException("size", "export.error.tooMany", "the list is too long to export",
						MAX_ROWS);
			}
			this.rows.add(new ArrayList<>(cells));
			return this;
		}

		public Table build() {
			return new Table(this.name, this.headers, this.rows);
		}

	}

}
