package org.agilepmo.web;

import java.beans.PropertyEditorSupport;

import org.agilepmo.shared.BidiControls;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text as people send it, cleaned in one place for the pages and the API: the
 * {@link BidiControls bidirectional controls} are removed from every text field on the
 * way in, whether it comes as a form field, a query parameter or a JSON string.
 */
@ControllerAdvice
class TextInput {

	static String clean(String text) {
		return BidiControls.strip(text);
	}

	/** Form fields and request parameters bound to text. */
	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new Editor());
	}

	/**
	 * JSON strings, wherever they are in a request body (fields, lists, nested objects).
	 */
	static JacksonModule jacksonModule() {
		SimpleModule module = new SimpleModule("agilepmo-text-input");
		module.addDeserializer(String.class, new CleanStrings());
		return module;
	}

	private static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(clean(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	private static final class CleanStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return clean(super.deserialize(parser, context));
		}

	}

}
