package org.agilepmo.engine.portfolio;

import java.util.List;
import java.util.Locale;

/**
 * Why a project is in or out of a selection, computed from the selection and the limits.
 * A project may have several reasons; the app turns each kind into a translated sentence.
 */
public sealed interface Reason {

	/** In: the board made it mandatory. */
	record Mandatory() implements Reason {

		@Override
		public String toString() {
			return "in: mandatory";
		}

	}

	/** In: a mandatory project requires it (directly or through others). */
	record RequiredByMandatory(String mandatoryId) implements Reason {

		@Override
		public String toString() {
			return "in: required by mandatory " + this.mandatoryId;
		}

	}

	/**
	 * In: chosen by the optimiser; {@code valueLostIfDropped} is what the selection would
	 * lose without it and the selected projects that require it.
	 */
	record ChosenForValue(double valueLostIfDropped, List<String> requiredBy) implements Reason {

		public ChosenForValue {
			requiredBy = List.copyOf(requiredBy);
		}

		@Override
		public String toString() {
			return "in: chosen for value" + (this.requiredBy.isEmpty() ? "" : ", required by " + this.requiredBy)
					+ " (dropping it loses " + format(this.valueLostIfDropped) + ")";
		}

	}

	/** Out: the board excluded it. */
	record Excluded() implements Reason {

		@Override
		public String toString() {
			return "out: excluded";
		}

	}

	/** Out: it requires (directly or through others) a project that is excluded. */
	record RequiresExcluded(String excludedId) implements Reason {

		@Override
		public String toString() {
			return "out: requires " + this.excludedId + " which is excluded";
		}

	}

	/**
	 * Out: it requires projects that are out; the limits below are for taking them too.
	 */
	record RequiresUnselected(List<String> ids) implements Reason {

		public RequiresUnselected {
			ids = List.copyOf(ids);
		}

		@Override
		public String toString() {
			return "out: requires " + String.join(", ", this.ids) + (this.ids.size() == 1 ? " which is" : " which are")
					+ " out";
		}

	}

	/** Out: it cannot go with {@code otherId}, which is in (or mandatory). */
	record ConflictsWith(String otherId) implements Reason {

		@Override
		public String toString() {
			return "out: cannot go with " + this.otherId + " which is in";
		}

	}

	/**
	 * Out: adding it (with the projects it requires that are out) to the selection would
	 * exceed this limit by this amount.
	 */
	record WouldExceed(LimitBreach breach) implements Reason {

		@Override
		public String toString() {
			return "out: " + this.breach.limit() + " would be exceeded by " + format(this.breach.excess());
		}

	}

	/** Out: it would fit, but adds no value. */
	record NoValue() implements Reason {

		@Override
		public String toString() {
			return "out: no value";
		}

	}

	/**
	 * Out: it would fit but the search stopped (time limit) before finding a selection
	 * with it; only on a selection that is not proven optimal.
	 */
	record NotReached() implements Reason {

		@Override
		public String toString() {
			return "out: fits, not reached before the time limit";
		}

	}

	static String format(double amount) {
		if (amount == Math.rint(amount) && Math.abs(amount) < 1e15) {
			return String.format(Locale.ROOT, "%,d", (long) amount);
		}
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

}
