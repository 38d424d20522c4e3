package org.agilepmo.resources;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount per hour in a currency. */
public record HourlyRate(BigDecimal amount, Currency currency) {

}
