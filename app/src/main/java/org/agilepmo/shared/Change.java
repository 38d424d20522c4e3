package org.agilepmo.shared;

/**
 * A change to an object's editable state, handed to the module's service, which applies
 * it to the current state inside its own transaction. A page form replaces every field
 * ({@link #to}); an API patch keeps the fields it was not sent.
 *
 * @param <D> the draft that describes the editable state
 */
@FunctionalInterface
public interface Change<D> {

	D applyTo(D current);

	/** Replaces the whole state with {@code draft} (a page's form sends every field). */
	static <D> Change<D> to(D draft) {
		return current -> draft;
	}

}
