package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Capacity against demand, as one reader may see it: rows (people, centres or skills) by
 * columns (weeks or months), each cell the hours available and the hours asked. Demand on
 * a project the reader may not see is left out, not named and not counted.
 */
public record CapacityFigures(LocalDate first, LocalDate last, Granularity granularity, GroupBy groupBy,
		List<Column> columns, List<Row> rows) {

	/** A week or a month. */
	public record Column(String label, LocalDate first, LocalDate last) {
	}

	/**
	 * One row: a resource, a centre or a skill, by id ({@code 0} for resources without a
	 * centre), with hours available and asked per column.
	 */
	public record Row(long id, String label, double[] capacity, double[] demand) {

		public Cell cell(int column) {
			return Cell.of(this.capacity[column], this.demand[column]);
		}

		public boolean overAllocated() {
			for (int i = 0; i < this.capacity.length; i++) {
				if (cell(i).band() == Band.OVER) {
					return true;
				}
			}
			return false;
		}

	}

	/** How loaded a cell is: the colour's meaning, said in words too. */
	public enum Band {

		/** No capacity and no demand. */
		NONE,
		/** Less than 70 % of the capacity asked. */
		UNDER,
		/** 70 to 100 %. */
		BALANCED,
		/** More than the capacity asked (or demand without capacity). */
		OVER

	}

	/** A cell: hours available, hours asked, the load in percent and its band. */
	public record Cell(double capacity, double demand, int percent, Band band) {

		static Cell of(double capacity, double demand) {
			double c = round(capacity);
			double d = round(demand);
			if (c <= 0) {
				return new Cell(c, d, 0, d > 0 ? Band.OVER : Band.NONE);
			}
			int percent = (int) Math.round(100 * d / c);
			Band band = d > c + 0.005 ? Band.OVER : (percent >= 70 ? Band.BALANCED : Band.UNDER);
			return new Cell(c, d, percent, band);
		}

		private static double round(double hours) {
			return Math.round(hours * 100) / 100.0;
		}

	}

}
