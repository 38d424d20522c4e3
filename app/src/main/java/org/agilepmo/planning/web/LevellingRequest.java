package org.agilepmo.planning.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.agilepmo.engine.levelling.PlanLevelling;

/** What to level: the mode and how long the search may take. */
record LevellingRequest(
		@Schema(description = "WITHIN_FLOAT keeps the finish; EXTEND_FINISH lets it move",
				requiredMode = Schema.RequiredMode.REQUIRED) PlanLevelling.Mode mode,
		@Schema(description = "1–60000, default 5000") Long timeLimitMillis) {
}
