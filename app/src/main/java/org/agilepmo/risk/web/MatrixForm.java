package org.agilepmo.risk.web;

import java.util.ArrayList;
import java.util.List;

import org.agilepmo.risk.internal.RiskMatrix;

/**
 * The rating matrix form: the scope (a portfolio, or the platform without one), the
 * version it is based on, the size and one rating letter per cell, row by row from
 * probability 1, each row from impact 1.
 */
public class MatrixForm {

	private Long portfolioId;

	private long version;

	private Integer size;

	private List<String> cells = new ArrayList<>();

	static MatrixForm of(Long portfolioId, long version, RiskMatrix matrix) {
		MatrixForm form = new MatrixForm();
		form.portfolioId = portfolioId;
		form.version = version;
		form.size = matrix.size();
		for (char c : matrix.ratings().toCharArray()) {
			form.cells.add(String.valueOf(c));
		}
		return form;
	}

	/** The cells as the matrix takes them: size x size letters. */
	String ratings() {
		StringBuilder letters = new StringBuilder();
		for (String cell : this.cells) {
			letters.append(cell == null ? "" : cell.strip());
		}
		return letters.toString();
	}

	/** The index of the cell (probability, impact) in {@link #getCells()}. */
	public int index(int probability, int impact) {
		return (probability - 1) * (this.size == null ? 0 : this.size) + impact - 1;
	}

	public Long getPortfolioId() {
		return this.portfolioId;
	}

	public void setPortfolioId(Long portfolioId) {
		this.portfolioId = portfolioId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	public List<String> getCells() {
		return this.cells;
	}

	public void setCells(List<String> cells) {
		this.cells = cells;
	}

}
