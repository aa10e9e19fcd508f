package org.jposh.remoting.psrp.clixml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CLIXML into the neutral model of this package: Java primitives (see
 * {@link ClixmlPrimitive} for the mapping), null for {@code Nil}, and {@link PsObjectData} for
 * {@code Obj} (with {@link PsCollection} or {@link PsDictionary} as the base value of containers).
 *
 * <p>Elements may be in no namespace (PSRP message bodies) or in PowerShell's namespace
 * ({@code Export-Clixml} files). Like PowerShell's deserializer this reader rejects unknown
 * elements, dangling references and nesting deeper than 50 levels, with PowerShell's error ids;
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
    private final Map<String, PsObjectData> objects = new HashMap<>();
    private final Map<String, List<String>> typeNameLists = new HashMap<>();
    private int depth;

    private ClixmlReader(XMLStreamReader xml) {
        this.xml = xml;
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
            throw notXml(e);
        }
        try {
            ClixmlReader reader = new ClixmlReader(xml);
            reader.nextElement();
            List<Object> result = new ArrayList<>();
            if (document) {
                reader.expect("Objs");
                String version = xml.getAttributeValue(null, "Version");
                if (version != null && !version.startsWith("1.")) {
                    throw new ClixmlException("UnexpectedVersion",
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
            throw notXml(e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader over a String cannot fail in a way that matters.
            }
        }
    }

    private static ClixmlException notXml(XMLStreamException e) {
        return new ClixmlException("XmlException", "The CLIXML is not well-formed XML: " + e.getMessage(), e);
    }

    // ---- values ---------------------------------------------------------------------------

    /** Reads the element the reader is on (a value) and leaves the reader on its end tag. */
    private Object readValue() throws XMLStreamException {
        if (++depth >= MAX_DEPTH) {
            throw new ClixmlException("DeserializationTooDeep", "Serialized XML is nested too deeply.");
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
                        throw new ClixmlException("InvalidReferenceId", "No object found for referenceId " + refId);
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
        try {
            return primitive.parse(xml.getElementText());
        } catch (XMLStreamException | RuntimeException e) {
            throw new ClixmlException("InvalidPrimitiveType", "The contents of the " + tag + " primitive type are not valid.", e);
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
                        throw new ClixmlException("InvalidTypeHierarchyReferenceId",
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
                throw new ClixmlException("InvalidDictionaryKeyName", "Name attribute for dictionary key is incorrectly specified.");
            }
            Object key = readValue();
            if (!nextElementOrEnd() || !"Value".equalsIgnoreCase(xml.getAttributeValue(null, "N"))) {
                throw new ClixmlException("InvalidDictionaryValueName", "Name attribute for dictionary value is incorrectly specified.");
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

    /** Moves to the first element of the document. */
    private void nextElement() throws XMLStreamException {
        if (!nextElementOrEnd()) {
            throw new ClixmlException("XmlException", "The CLIXML holds no element.");
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
                    String ns = xml.getNamespaceURI();
                    if (ns != null && !ns.isEmpty() && !ns.equals(NAMESPACE)) {
                        throw unknownTag("{" + ns + "}" + xml.getLocalName());
                    }
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                    return false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!xml.isWhiteSpace()) {
                        throw new ClixmlException("InvalidNodeType", "Current Node type is Text. Expected type is Element.");
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

    private void expectEndOfDocument() throws XMLStreamException {
        if (nextElementOrEnd()) {
            throw new ClixmlException("XmlException", "The CLIXML holds more than one object: " + localName() + " after the first.");
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
            throw new ClixmlException("AttributeExpected", name + " attribute was expected.");
        }
        return value;
    }

    private static ClixmlException unknownTag(String tag) {
        return new ClixmlException("InvalidElementTag", tag + " XML tag is not recognized.");
    }
}
