package org.agilepmo.quality.web;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The units DORA figures are shown in: hours with one decimal, percentages with one
 * decimal, deployments per week with one decimal. Templates call it as
 * {@code @qualityMeasures}.
 */
@Component("qualityMeasures")
public class Measures {

	public Double hours(Duration duration) {
		return duration == null ? null : round(duration.toMillis() / 3_600_000.0);
	}

	public Double percent(Double rate) {
		return rate == null ? null : round(rate * 100);
	}

	public Double one(double value) {
		return round(value);
	}

	static Double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
