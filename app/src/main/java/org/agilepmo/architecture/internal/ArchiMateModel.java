package org.agilepmo.architecture.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An ArchiMate Model Exchange File Format model (The Open Group's format, as Archi
 * exports it), read with the JDK's XML parser and checked for the structure the import
 * relies on: the model element of the format's namespace, every element and relationship
 * with a unique identifier and a type, every element with a name, every relationship's
 * source and target among the model's identifiers. The published schemas are not shipped
 * with the application (see the module's ADR); the tests validate the same models against
 * them. Each error names the element by its identifier and name.
 */
public final class ArchiMateModel {

	public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";

	private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

	/** An XML Schema ID (an NCName): what the format's identifiers must be. */
	private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

	private final String name;

	private final List<Item> elements;

	private final List<Relation> relations;

	private ArchiMateModel(String name, List<Item> elements, List<Relation> relations) {
		this.name = name;
		this.elements = elements;
		this.relations = relations;
	}

	/** An element of the model: its identifier, type and name. */
	public record Item(String identifier, String type, String name, String documentation) {
	}

	/** A relationship of the model. */
	public record Relation(String identifier, String type, String source, String target) {
	}

	public String name() {
		return this.name;
	}

	public List<Item> elements() {
		return this.elements;
	}

	public List<Relation> relations() {
		return this.relations;
	}

	/** The model's application components. */
	public List<Item> applicationComponents() {
		return this.elements.stream().filter(e -> "ApplicationComponent".equals(e.type())).toList();
	}

	/** Reads and checks a model; refuses it with the element at fault named. */
	public static ArchiMateModel read(InputStream in) {
		Document document = parse(in);
		Element root = document.getDocumentElement();
		if (!NAMESPACE.equals(root.getNamespaceURI()) || !"model".equals(root.getLocalName())) {
			throw refused("architecture.import.notAModel",
					"this is not an ArchiMate exchange model: its root is " + root.getTagName(), root.getTagName());
		}
		Map<String, String> names = new HashMap<>();
		List<Item> elements = new ArrayList<>();
		for (Element e : children(root, "elements", "element")) {
			String id = identifier(e, names);
			String type = type(e, id);
			String label = text(e, "name");
			if (label == null) {
				throw refused("architecture.import.noName", "element " + id + " has no name", id);
			}
			names.put(id, label);
			elements.add(new Item(id, type, label, text(e, "documentation")));
		}
		Map<String, Element> relationElements = new LinkedHashMap<>();
		for (Element r : children(root, "relationships", "relationship")) {
			String id = identifier(r, names);
			names.put(id, text(r, "name") == null ? "" : text(r, "name"));
			relationElements.put(id, r);
		}
		List<Relation> relations = new ArrayList<>();
		for (Map.Entry<String, Element> entry : relationElements.entrySet()) {
			String id = entry.getKey();
			Element r = entry.getValue();
			String type = type(r, id);
			String source = reference(r, "source", id, names);
			String target = reference(r, "target", id, names);
			relations.add(new Relation(id, type, source, target));
		}
		return new ArchiMateModel(text(root, "name"), List.copyOf(elements), List.copyOf(relations));
	}

	private static Document parse(InputStream in) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new org.xml.sax.ErrorHandler() {
				@Override
				public void warning(SAXParseException ex) {
				}

				@Override
				public void error(SAXParseException ex) throws SAXException {
					throw ex;
				}

				@Override
				public void fatalError(SAXParseException ex) throws SAXException {
					throw ex;
				}
			});
			return builder.parse(in);
		}
		catch (SAXParseException ex) {
			throw refused("architecture.import.malformed",
					"the file is not well-formed XML at line " + ex.getLineNumber() + ": " + ex.getMessage(),
					ex.getLineNumber(), ex.getMessage());
		}
		catch (SAXException | IOException ex) {
			throw refused("architecture.import.unreadable", "the file cannot be read: " + ex.getMessage(),
					ex.getMessage());
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String identifier(Element e, Map<String, String> seen) {
		String id = e.getAttribute("identifier");
		String label = text(e, "name");
		String named = label == null ? "" : " (" + label + ")";
		if (id.isBlank()) {
			throw refused("architecture.import.noIdentifier", "an " + e.getLocalName() + named + " has no identifier",
					e.getLocalName(), named);
		}
		if (!NC_NAME.matcher(id).matches()) {
			throw refused("architecture.import.badIdentifier", id + named + ": the identifier is not an XML name", id,
					named);
		}
		if (seen.containsKey(id)) {
			throw refused("architecture.import.duplicate", id + named + ": the identifier is used twice", id, named);
		}
		return id;
	}

	private static String type(Element e, String id) {
		String type = e.getAttributeNS(XSI, "type");
		if (type.isBlank()) {
			String label = text(e, "name");
			String named = label == null ? "" : " (" + label + ")";
			throw refused("architecture.import.noType", id + named + ": it has no xsi:type", id, named);
		}
		int colon = type.indexOf(':');
		return colon < 0 ? type : type.substring(colon + 1);
	}

	private static String reference(Element r, String attribute, String id, Map<String, String> names) {
		String ref = r.getAttribute(attribute);
		String label = text(r, "name");
		String named = label == null ? "" : " (" + label + ")";
		if (ref.isBlank() || !names.containsKey(ref)) {
			throw refused("architecture.import.badReference",
					"relationship " + id + named + ": its " + attribute + " «" + ref + "» is not in the model", id,
					named, attribute, ref);
		}
		return ref;
	}

	private static List<Element> children(Element root, String container, String child) {
		List<Element> found = new ArrayList<>();
		for (Element c : direct(root, container)) {
			found.addAll(direct(c, child));
		}
		return found;
	}

	private static List<Element> direct(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	/**
	 * The first non-blank text of the named children (the format allows one per
	 * language).
	 */
	private static String text(Element parent, String localName) {
		for (Element e : direct(parent, localName)) {
			String t = e.getTextContent();
			if (t != null && !t.isBlank()) {
				return t.strip();
			}
		}
		return null;
	}

	private static ImportRefusedException refused(String key, String message, Object... arguments) {
		return new ImportRefusedException(key, message, arguments);
	}

	/** A model the import refuses, with the element at fault named. */
	public static final class ImportRefusedException extends org.agilepmo.shared.RuleViolationException {

		ImportRefusedException(String key, String message, Object... arguments) {
			super("file", key, message, arguments);
		}

	}

}
