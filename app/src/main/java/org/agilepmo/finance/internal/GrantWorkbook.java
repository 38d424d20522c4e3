package org.agilepmo.finance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * A grant's financial report as an XLSX workbook: one row per cost category and a total.
 */
@Component
public class GrantWorkbook {

	public byte[] write(FundingService.GrantReport report) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Report");
			int r = 0;
			header(sheet.createRow(r++), "Grant", report.grant().name(), report.grant().donor());
			header(sheet.createRow(r++), "Period", report.from().toString(), report.to().toString());
			header(sheet.createRow(r++), "Currency", report.grant().currency(), "");
			r++;
			header(sheet.createRow(r++), "Category", "Eligible", "Budget", "Committed", "Spent", "Balance");
			for (FundingService.ReportRow row : report.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.category().name());
				line.createCell(1).setCellValue(row.eligible() ? "yes" : "no");
				amounts(line, row.budget(), row.committed(), row.spent(), row.balance());
			}
			Row total = sheet.createRow(r);
			total.createCell(0).setCellValue("Total");
			amounts(total, report.budget(), report.committed(), report.spent(), report.balance());
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void header(Row row, String... cells) {
		for (int c = 0; c < cells.length; c++) {
			row.createCell(c).setCellValue(cells[c] == null ? "" : cells[c]);
		}
	}

	/**
	 * Amounts as numbers the sheet can add up; BigDecimal to double is exact to the cent
	 * here.
	 */
	private static void amounts(Row row, BigDecimal... amounts) {
		for (int i = 0; i < amounts.length; i++) {
			row.createCell(2 + i).setCellValue(amounts[i].doubleValue());
		}
	}

}
