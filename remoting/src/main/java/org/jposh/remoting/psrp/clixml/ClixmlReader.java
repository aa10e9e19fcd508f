package org.jposh.remoting.psrp.clixml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CLIXML into the neutral model of this package: Java primitives (see
 * {@link ClixmlPrimitive} for the mapping), null for {@code Nil}, and {@link PsObjectData} for
 * {@code Obj} (with {@link PsCollection} or {@link PsDictionary} as the base value of containers).
 *
 * <p>Elements of a PSRP message body may be in no namespace or in PowerShell's; a document
 * ({@code Export-Clixml} files) must be in PowerShell's namespace, as pwsh's deserializer requires.
 * Like PowerShell's deserializer this reader rejects unknown elements, dangling references and nesting
 * deeper than 50 levels, with PowerShell's error ids and messages, which say where in the text the
 * problem is as .NET's XmlReader counts (the line, and the column of the element's name);
 * DTDs and external entities are switched off. References ({@code RefId}) are scoped to one
 * document, as in PSRP where every message is serialized on its own.
 */
public final class ClixmlReader {
    /** PowerShell's namespace for CLIXML. */
    public static final String NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04";

    /** PowerShell's deserializer refuses input nested this deep (MaxDepthBelowTopLevel). */
    static final int MAX_DEPTH = 50;

    private static final XMLInputFactory FACTORY = createFactory();

    private final XMLStreamReader xml;
    private final String text;
    private final boolean document;
    private final Map<String, PsObjectData> objects = new HashMap<>();
    private final Map<String, List<String>> typeNameLists = new HashMap<>();
    private int depth;
    /** Whether the first element was read: a document's root has an error of its own when it is not Objs. */
    private boolean rootRead;
    private int[] lineStarts;

    private ClixmlReader(XMLStreamReader xml, String text, boolean document) {
        this.xml = xml;
        this.text = text;
        this.document = document;
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Reads a document holding exactly one serialized object (a PSRP message body). */
    public static Object read(String clixml) {
        return parse(clixml, false).get(0);
    }

    /**
     * Reads an {@code <Objs Version="1.1.0.1">} document, as Export-Clixml writes it, into its
     * objects.
     */
    public static List<Object> readDocument(String clixml) {
        return parse(clixml, true);
    }

    private static List<Object> parse(String clixml, boolean document) {
        XMLStreamReader xml;
        try {
            synchronized (FACTORY) {
                xml = FACTORY.createXMLStreamReader(new StringReader(clixml));
            }
        } catch (XMLStreamException e) {
            throw new ClixmlException("XmlException", e.getMessage(), e);
        }
        ClixmlReader reader = new ClixmlReader(xml, clixml, document);
        try {
            reader.expectMarkup();
            reader.nextElement();
            List<Object> result = new ArrayList<>();
            if (document) {
                if (!reader.localName().equals("Objs") || !reader.inOurNamespace()) {
                    throw reader.error("XmlException", "Element 'Objs' with namespace name '" + NAMESPACE
                            + "' was not found.");
                }
                String version = xml.getAttributeValue(null, "Version");
                if (version != null && !version.startsWith("1.")) {
                    throw reader.error("UnexpectedVersion",
                            "Version of incoming PSObject is " + version + ". Expected value is 1.");
                }
                while (reader.nextElementOrEnd()) {
                    result.add(reader.readValue());
                }
            } else {
                result.add(reader.readValue());
            }
            reader.expectEndOfDocument();
            return result;
        } catch (XMLStreamException e) {
            throw reader.notXml(e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader over a String cannot fail in a way that matters.
            }
        }
    }

    /** Text that is not well-formed XML: the parser's words, placed as .NET's XmlException places them. */
    private ClixmlException notXml(XMLStreamException e) {
        String message = e.getMessage();
        int words = message.indexOf("Message: ");
        message = words < 0 ? message : message.substring(words + "Message: ".length());
        Location at = e.getLocation();
        return at == null || at.getLineNumber() < 1 ? new ClixmlException("XmlException", message, e)
                : new ClixmlException("XmlException", message, at.getLineNumber(), at.getColumnNumber(), e);
    }

    /**
     * An error about the element the reader is on, placed at its name as .NET's XmlReader places it (the StAX
     * reader stands just after the start tag).
     */
    private ClixmlException error(String errorId, String message) {
        int end = offset(xml.getLocation());
        return placed(errorId, message, end < 0 ? -1 : text.lastIndexOf('<', end - 1) + 1, null);
    }

    /** An error placed at the node that starts where the reader stands: a tag's name, after {@code <} or {@code </}. */
    private ClixmlException atNextNode(String errorId, String message, Throwable cause) {
        int index = offset(xml.getLocation());
        if (index >= 0 && index < text.length() && text.charAt(index) == '<') {
            index += text.startsWith("</", index) ? 2 : 1;
        }
        return placed(errorId, message, index, cause);
    }

    /** An error placed at a character of the text, or without a place when that is not known ({@code -1}). */
    private ClixmlException placed(String errorId, String message, int index, Throwable cause) {
        if (index < 0) {
            return new ClixmlException(errorId, message, cause);
        }
        int line = lineOf(index);
        return new ClixmlException(errorId, message, line + 1, index - lineStarts()[line] + 1, cause);
    }

    /** Where a StAX location is in the text, or -1. */
    private int offset(Location location) {
        if (location == null || location.getLineNumber() < 1) {
            return -1;
        }
        int[] starts = lineStarts();
        int line = Math.min(location.getLineNumber(), starts.length) - 1;
        return Math.min(starts[line] + location.getColumnNumber() - 1, text.length());
    }

    private int lineOf(int index) {
        int found = Arrays.binarySearch(lineStarts(), index);
        return found >= 0 ? found : -found - 2;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        return lineStarts;
    }

    // ---- values ---------------------------------------------------------------------------

    /** Reads the element the reader is on (a value) and leaves the reader on its end tag. */
    private Object readValue() throws XMLStreamException {
        if (++depth >= MAX_DEPTH) {
            throw error("DeserializationTooDeep", "Serialized XML is nested too deeply.");
        }
        try {
            String tag = localName();
            switch (tag) {
                case "Nil" -> {
                    skipEmpty();
                    return null;
                }
                case "Ref" -> {
                    String refId = requiredAttribute("RefId");
                    PsObjectData target = objects.get(refId);
                    if (target == null) {
                        throw error("InvalidReferenceId", "No object found for referenceId " + refId);
                    }
                    skipEmpty();
                    return target;
                }
                case "Obj" -> {
                    return readObject();
                }
                default -> {
                    return readPrimitive(tag);
                }
            }
        } finally {
            depth--;
        }
    }

    private Object readPrimitive(String tag) throws XMLStreamException {
        ClixmlPrimitive primitive = ClixmlPrimitive.forTag(tag);
        if (primitive == null) {
            throw unknownTag(tag);
        }
        String content = xml.getElementText();
        try {
            return primitive.parse(content);
        } catch (RuntimeException e) {
            throw atNextNode("InvalidPrimitiveType", "The contents of the " + primitive.typeName()
                    + " primitive type are not valid.", e);
        }
    }

    private PsObjectData readObject() throws XMLStreamException {
        PsObjectData obj = new PsObjectData();
        String refId = xml.getAttributeValue(null, "RefId");
        if (refId != null) {
            objects.put(refId, obj);
        }
        while (nextElementOrEnd()) {
            String tag = localName();
            switch (tag) {
                case "TN" -> readTypeNames(obj);
                case "TNRef" -> {
                    String tnRef = requiredAttribute("RefId");
                    List<String> names = typeNameLists.get(tnRef);
                    if (names == null) {
                        throw error("InvalidTypeHierarchyReferenceId",
                                "Cannot process names because no TypeNames were found for referenceId " + tnRef + ".");
                    }
                    obj.typeNames().clear();
                    obj.typeNames().addAll(names);
                    skipEmpty();
                }
                case "ToString" -> obj.setToStringValue(ClixmlEscaping.decode(xml.getElementText()));
                case "Props" -> readProperties(obj.adaptedProperties());
                case "MS" -> readProperties(obj.extendedProperties());
                case "LST", "IE", "STK", "QUE" -> obj.setBaseValue(readCollection(tag));
                case "DCT" -> obj.setBaseValue(readDictionary());
                case "Obj" -> obj.setBaseValue(readValue());
                default -> obj.setBaseValue(readPrimitive(tag));
            }
        }
        return obj;
    }

    private void readTypeNames(PsObjectData obj) throws XMLStreamException {
        String refId = xml.getAttributeValue(null, "RefId");
        List<String> names = new ArrayList<>();
        while (nextElementOrEnd()) {
            expect("T");
            names.add(ClixmlEscaping.decode(xml.getElementText()));
        }
        if (refId != null) {
            typeNameLists.put(refId, names);
        }
        obj.typeNames().clear();
        obj.typeNames().addAll(names);
    }

    private void readProperties(List<PsProperty> into) throws XMLStreamException {
        while (nextElementOrEnd()) {
            String name = requiredAttribute("N");
            if (localName().equals("MS")) {
                PsMemberSet set = new PsMemberSet();
                readProperties(set.members());
                into.add(new PsProperty(ClixmlEscaping.decode(name), set));
            } else {
                into.add(new PsProperty(ClixmlEscaping.decode(name), readValue()));
            }
        }
    }

    private PsCollection readCollection(String tag) throws XMLStreamException {
        PsCollection.Kind kind = switch (tag) {
            case "LST" -> PsCollection.Kind.LIST;
            case "IE" -> PsCollection.Kind.ENUMERABLE;
            case "STK" -> PsCollection.Kind.STACK;
            default -> PsCollection.Kind.QUEUE;
        };
        PsCollection collection = new PsCollection(kind);
        while (nextElementOrEnd()) {
            collection.items().add(readValue());
        }
        return collection;
    }

    private PsDictionary readDictionary() throws XMLStreamException {
        PsDictionary dictionary = new PsDictionary();
        while (nextElementOrEnd()) {
            expect("En");
            if (!nextElementOrEnd() || !"Key".equalsIgnoreCase(xml.getAttributeValue(null, "N"))) {
                throw error("InvalidDictionaryKeyName", "Name attribute for dictionary key is incorrectly specified.");
            }
            Object key = readValue();
            if (!nextElementOrEnd() || !"Value".equalsIgnoreCase(xml.getAttributeValue(null, "N"))) {
                throw error("InvalidDictionaryValueName", "Name attribute for dictionary value is incorrectly specified.");
            }
            Object value = readValue();
            if (nextElementOrEnd()) {
                throw unknownTag(localName());
            }
            dictionary.entries().add(new PsDictionary.Entry(key, value));
        }
        return dictionary;
    }

    // ---- cursor ---------------------------------------------------------------------------

    /**
     * Text that does not start with markup is .NET's "Data at the root level is invalid." at its first character,
     * which is what a file that is not XML at all gets.
     */
    private void expectMarkup() {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '\uFEFF' && i == 0) {
                return;
            } else if (c == '\n') {
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                column++;
            } else {
                throw new ClixmlException("XmlException", "Data at the root level is invalid.", line, column, null);
            }
        }
    }

    /** Moves to the first element of the document. */
    private void nextElement() throws XMLStreamException {
        if (!nextElementOrEnd()) {
            throw new ClixmlException("XmlException", "Root element is missing.");
        }
    }

    /**
     * Moves to the next child start tag (true) or to the end tag of the current element (false),
     * skipping whitespace, comments and processing instructions; other text is an error.
     */
    private boolean nextElementOrEnd() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!inOurNamespace() && (!document || rootRead)) {
                        String ns = xml.getNamespaceURI();
                        throw unknownTag(ns == null || ns.isEmpty() ? localName() : "{" + ns + "}" + localName());
                    }
                    rootRead = true;
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                    return false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!xml.isWhiteSpace()) {
                        // StAX has read past the text, which starts after the tag before it.
                        int end = offset(xml.getLocation());
                        throw placed("InvalidNodeType", "Current Node type is Text. Expected type is Element.",
                                end < 0 ? -1 : text.lastIndexOf('>', end - 1) + 1, null);
                    }
                }
                case XMLStreamConstants.DTD -> throw new ClixmlException("XmlException",
                        "The CLIXML has a document type declaration, which is not allowed.");
                default -> {
                    // Comments, processing instructions and the XML declaration carry nothing.
                }
            }
        }
        return false;
    }

    /** PowerShell's namespace, or for a PSRP message body none. */
    private boolean inOurNamespace() {
        String ns = xml.getNamespaceURI();
        return NAMESPACE.equals(ns) || !document && (ns == null || ns.isEmpty());
    }

    private void expectEndOfDocument() throws XMLStreamException {
        if (nextElementOrEnd()) {
            throw error("XmlException", "The CLIXML holds more than one object: " + localName() + " after the first.");
        }
    }

    private void skipEmpty() throws XMLStreamException {
        if (nextElementOrEnd()) {
            throw unknownTag(localName());
        }
    }

    private void expect(String tag) {
        if (!localName().equals(tag)) {
            throw unknownTag(localName());
        }
    }

    private String localName() {
        return xml.getLocalName();
    }

    private String requiredAttribute(String name) {
        String value = xml.getAttributeValue(null, name);
        if (value == null) {
            throw error("AttributeExpected", name + " attribute was expected.");
        }
        return value;
    }

    private ClixmlException unknownTag(String tag) {
        return error("InvalidElementTag", tag + " XML tag is not recognized.");
    }
}
