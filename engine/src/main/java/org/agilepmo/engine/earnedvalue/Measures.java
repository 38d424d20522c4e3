package org.agilepmo.engine.earnedvalue;

import java.math.BigDecimal;

/**
 * The earned value measures at a status date, amounts in one currency rounded to the
 * currency's minor unit, indices to four decimals. An index or forecast whose divisor is
 * zero (no planned value yet, no actual cost yet, no budget left) is {@code null}: it is
 * not known, rather than infinite.
 *
 * @param bac budget at completion
 * @param pv planned value
 * @param ev earned value
 * @param ac actual cost
 * @param sv schedule variance, EV − PV
 * @param cv cost variance, EV − AC
 * @param spi schedule performance index, EV / PV
 * @param cpi cost performance index, EV / AC
 * @param eac estimate at completion by the CPI method, BAC / CPI
 * @param eacCpiSpi estimate at completion by the composite method, AC + (BAC − EV) / (CPI
 * × SPI)
 * @param etc estimate to complete, EAC − AC
 * @param vac variance at completion, BAC − EAC
 * @param tcpi to-complete performance index on the BAC, (BAC − EV) / (BAC − AC)
 */
public record Measures(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal sv, BigDecimal cv,
		BigDecimal spi, BigDecimal cpi, BigDecimal eac, BigDecimal eacCpiSpi, BigDecimal etc, BigDecimal vac,
		BigDecimal tcpi) {

}
