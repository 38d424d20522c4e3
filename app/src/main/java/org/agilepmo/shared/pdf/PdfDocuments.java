package org.agilepmo.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nz.net.ultraq.thymeleaf.layoutdialect.LayoutDialect;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.ITemplateResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template, the same kind of template the pages use, to a PDF: the
 * template's HTML is parsed into XHTML (jsoup) and laid out by openhtmltopdf on PDFBox,
 * with the platform's embedded fonts (DejaVu Sans, Latin with its accents and Arabic,
 * under {@code fonts/}), Arabic shaped and laid out right to left (ICU4J), and the print
 * stylesheet the browser uses when a page is printed ({@code /css/print.css}).
 * <p>
 * A document template decorates {@code ~{documents/layout}} and fills its {@code content}
 * fragment, usually by including the fragments its page shows. Messages ({@code #{...}})
 * and formats ({@code ${@fmt.date(d)}}) follow the locale given, whatever the request's;
 * links ({@code @{/css/print.css}}) resolve to the application's static resources, and
 * nothing else is fetched (no network, no files), so a document built from what people
 * typed cannot make the server read anything. See ADR 0020.
 */
@Component
public class PdfDocuments {

	/** The family name the print stylesheet asks for. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final List<String> FAMILIES = List.of(FONT_FAMILY, "sans-serif", "serif");

	private static final String STATIC = "static";

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final ApplicationContext context;

	private final ConversionService conversions;

	PdfDocuments(ObjectProvider<ITemplateResolver> resolvers, MessageSource messages, ApplicationContext context,
			ObjectProvider<ConversionService> conversions) {
		resolvers.orderedStream().forEach(this.templates::addTemplateResolver);
		this.templates.setTemplateEngineMessageSource(messages);
		this.templates.addDialect(new LayoutDialect());
		this.templates.setLinkBuilder(new StaticLinks());
		this.context = context;
		this.conversions = conversions.getIfAvailable();
	}

	/**
	 * The PDF of a template (its name as a controller returns it, e.g.
	 * {@code reporting/status-report-pdf}) with the model given, in the language given.
	 * The model may not use the names {@code documentLanguage} and
	 * {@code documentDirection}: the layout reads them.
	 * @throws PdfRenderingException when the template cannot be rendered or laid out
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		String html = html(template, model, locale);
		boolean rightToLeft = isRightToLeft(locale);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.useUriResolver(new StaticResources()::resolve);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
			builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
			builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
			for (String family : FAMILIES) {
				builder.useFont(() -> font("fonts/DejaVuSans.ttf"), family, 400, FontStyle.NORMAL, true);
				builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
			}
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException | RuntimeException ex) {
			throw new PdfRenderingException(template, ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * The HTML the PDF is laid out from, for a preview or a test: the template rendered
	 * in the language given.
	 */
	public String html(String template, Map<String, Object> model, Locale locale) {
		Locale documentLocale = withLatinDigits(locale);
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("documentLanguage", documentLocale.getLanguage());
		variables.put("documentDirection", isRightToLeft(locale) ? "rtl" : "ltr");
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.conversions));
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(documentLocale);
		try {
			return this.templates.process(template, new Context(documentLocale, variables));
		}
		catch (RuntimeException ex) {
			throw new PdfRenderingException(template, ex);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private static boolean isRightToLeft(Locale locale) {
		return "ar".equals(locale.getLanguage());
	}

	/** Arabic documents write Western digits, as the pages do (ADR 0014). */
	private static Locale withLatinDigits(Locale locale) {
		if (isRightToLeft(locale) && locale.getUnicodeLocaleType("nu") == null) {
			return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
		}
		return locale;
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded font " + path + " is missing from the application", ex);
		}
	}

	/**
	 * Only the application's own static resources (stylesheets, images) are read; any
	 * other address (another host, a file) resolves to nothing and is left out. The
	 * renderer asks again with the address given, which is then accepted as it is.
	 */
	private static final class StaticResources {

		private final Set<String> given = new HashSet<>();

		String resolve(String base, String uri) {
			if (uri == null) {
				return null;
			}
			if (this.given.contains(uri)) {
				return uri;
			}
			if (!uri.startsWith("/") || uri.startsWith("//") || uri.contains("..")) {
				return null;
			}
			String path = (uri.indexOf('?') >= 0) ? uri.substring(0, uri.indexOf('?')) : uri;
			URL resource = PdfDocuments.class.getClassLoader().getResource(STATIC + path);
			if (resource == null) {
				return null;
			}
			this.given.add(resource.toExternalForm());
			return resource.toExternalForm();
		}

	}

	/** Links within the application, written without a request (no context path). */
	private static final class StaticLinks extends StandardLinkBuilder {

		@Override
		protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
			return "";
		}

	}

}
