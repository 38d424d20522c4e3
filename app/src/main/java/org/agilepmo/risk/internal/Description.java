package org.agilepmo.risk.internal;

import java.time.LocalDate;
import java.util.List;

import org.agilepmo.shared.ObjectRef;

/** What a risk is about, apart from its rating. */
public record Description(Nature nature, String title, String cause, String event, String effect, String category,
		LocalDate proximity, String trigger, List<ObjectRef> links) {

	public Description {
		links = links == null ? List.of() : List.copyOf(links);
	}

}
