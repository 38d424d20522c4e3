package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.agilepmo.shared.ScreeningLevel;

/**
 * What a project manager or a squad asks for: a skill at a level, a language at a level,
 * a screening, a period and a load, and the competency centre that should answer.
 */
public record RequestDraft(Long projectId, Long squadId, Long centreUnitId, long skillId, int minLevel, String language,
		LanguageLevel languageLevel, ScreeningLevel screening, LocalDate firstDay, LocalDate lastDay, LoadKind loadKind,
		BigDecimal loadValue, String note) {

}
