package org.jposh.interpreter.runtime.xml;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Locale;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.io.Stream;
import org.jposh.interpreter.runtime.io.TextReader;
import org.jposh.interpreter.runtime.io.TextWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * The System.Xml types and their members, known by name before their classes load ({@link XmlTypeNames}):
 * XmlDocument ({@code [xml]}), the node classes of .NET's hierarchy (XmlNode, XmlLinkedNode, XmlElement,
 * XmlAttribute, XmlCharacterData, XmlText...), XmlNodeList, XmlAttributeCollection, XmlNamespaceManager and
 * XmlNodeType. One Java class wraps every kind of node; {@link #typeOf} tells its .NET type.
 */
public final class XmlTypes {
    private static final String NS = "System.Xml";
    /** XmlNodeType's values beyond the DOM's node types, which match XmlNodeType's numbering up to Notation. */
    static final int WHITESPACE = 13;
    static final int XML_DECLARATION = 17;
    private static final String[] NODE_TYPE_NAMES = {"None", "Element", "Attribute", "Text", "CDATA", "EntityReference",
        "Entity", "ProcessingInstruction", "Comment", "Document", "DocumentType", "DocumentFragment", "Notation",
        "Whitespace", "SignificantWhitespace", "EndElement", "EndEntity", "XmlDeclaration"};

    public static final DotNetType NODE_TYPE = CoreTypes.defineEnum(NS, "XmlNodeType", false, NODE_TYPE_NAMES);
    public static final DotNetType NODE = CoreTypes.define(NS, "XmlNode", XmlNode.class, OBJECT,
            XmlTypes::defineNode);
    public static final DotNetType LINKED_NODE = CoreTypes.define(NS, "XmlLinkedNode", XmlNode.class, NODE, null);
    public static final DotNetType ELEMENT = CoreTypes.define(NS, "XmlElement", XmlNode.class, LINKED_NODE,
            XmlTypes::defineElement);
    public static final DotNetType ATTRIBUTE = CoreTypes.define(NS, "XmlAttribute", XmlNode.class, NODE,
            XmlTypes::defineAttribute);
    public static final DotNetType CHARACTER_DATA = CoreTypes.define(NS, "XmlCharacterData", XmlNode.class,
            LINKED_NODE, XmlTypes::defineCharacterData);
    public static final DotNetType TEXT = CoreTypes.define(NS, "XmlText", XmlNode.class, CHARACTER_DATA, null);
    public static final DotNetType CDATA = CoreTypes.define(NS, "XmlCDataSection", XmlNode.class, TEXT, null);
    public static final DotNetType COMMENT = CoreTypes.define(NS, "XmlComment", XmlNode.class, CHARACTER_DATA, null);
    public static final DotNetType WHITESPACE_NODE = CoreTypes.define(NS, "XmlWhitespace", XmlNode.class,
            CHARACTER_DATA, null);
    public static final DotNetType PROCESSING_INSTRUCTION = CoreTypes.define(NS, "XmlProcessingInstruction",
            XmlNode.class, LINKED_NODE, XmlTypes::defineProcessingInstruction);
    public static final DotNetType DECLARATION = CoreTypes.define(NS, "XmlDeclaration", XmlNode.class, LINKED_NODE,
            XmlTypes::defineDeclaration);
    public static final DotNetType DOCUMENT_TYPE = CoreTypes.define(NS, "XmlDocumentType", XmlNode.class,
            LINKED_NODE, null);
    public static final DotNetType ENTITY_REFERENCE = CoreTypes.define(NS, "XmlEntityReference", XmlNode.class,
            LINKED_NODE, null);
    public static final DotNetType DOCUMENT_FRAGMENT = CoreTypes.define(NS, "XmlDocumentFragment", XmlNode.class,
            NODE, null);
    public static final DotNetType DOCUMENT = CoreTypes.define(NS, "XmlDocument", XmlDocument.class, NODE,
            XmlTypes::defineDocument);
    public static final DotNetType NODE_LIST = CoreTypes.define(NS, "XmlNodeList", XmlNodeList.class, OBJECT,
            XmlTypes::defineNodeList);
    public static final DotNetType ATTRIBUTE_COLLECTION = CoreTypes.define(NS, "XmlAttributeCollection",
            XmlAttributeCollection.class, OBJECT, XmlTypes::defineAttributeCollection);
    public static final DotNetType XML_NAME_TABLE = CoreTypes.define(NS, "XmlNameTable", null, OBJECT, null);
    public static final DotNetType NAME_TABLE = CoreTypes.define(NS, "NameTable", XmlNameTable.class, XML_NAME_TABLE,
            b -> b.constructor((t, a) -> new XmlNameTable()));
    public static final DotNetType NAMESPACE_MANAGER = CoreTypes.define(NS, "XmlNamespaceManager",
            XmlNamespaceManager.class, OBJECT, XmlTypes::defineNamespaceManager);

    static {
        CoreTypes.register(DOCUMENT, "xml");
        DOCUMENT.setConversion(XmlTypes::toDocument);
    }

    private XmlTypes() {
    }

    static DotNetType typeOf(XmlNode node) {
        return switch (node.nodeType()) {
            case Node.ELEMENT_NODE -> ELEMENT;
            case Node.ATTRIBUTE_NODE -> ATTRIBUTE;
            case Node.TEXT_NODE -> TEXT;
            case Node.CDATA_SECTION_NODE -> CDATA;
            case Node.COMMENT_NODE -> COMMENT;
            case Node.PROCESSING_INSTRUCTION_NODE -> PROCESSING_INSTRUCTION;
            case Node.DOCUMENT_NODE -> DOCUMENT;
            case Node.DOCUMENT_TYPE_NODE -> DOCUMENT_TYPE;
            case Node.ENTITY_REFERENCE_NODE -> ENTITY_REFERENCE;
            case Node.DOCUMENT_FRAGMENT_NODE -> DOCUMENT_FRAGMENT;
            case WHITESPACE -> WHITESPACE_NODE;
            case XML_DECLARATION -> DECLARATION;
            default -> NODE;
        };
    }

    static String nodeTypeName(int nodeType) {
        return NODE_TYPE_NAMES[nodeType];
    }

    /**
     * pwsh's conversion of any value to XmlDocument: its string (a collection's elements joined by newlines, so that
     * {@code [xml](Get-Content file)} reads the file's lines) parsed; InvalidCastToXmlDocument when it is not XML.
     */
    private static Object toDocument(Object value) {
        String text = LanguagePrimitives.toStringValue(value, "\n");
        try {
            return XmlDocument.parse(text);
        } catch (DotNetException e) {
            Object shown = LanguagePrimitives.getEnumerable(value) != null ? DotNetType.of(value) : text;
            throw new PSInvalidCastException("InvalidCastToXmlDocument",
                    "Cannot convert value \"" + shown + "\" to type \"System.Xml.XmlDocument\". Error: \""
                            + e.getMessage() + "\"");
        }
    }

    private static XmlNode node(Object target) {
        return (XmlNode) target;
    }

    private static Element dom(Object target) {
        return (Element) ((XmlNode) target).node;
    }

    private static XmlDocument document(Object target) {
        return (XmlDocument) target;
    }

    private static void defineNode(TypeAdapter.Builder b) {
        b.property("Name", STRING, t -> node(t).name());
        b.property("LocalName", STRING, t -> node(t).localName());
        b.property("NamespaceURI", STRING, t -> node(t).namespaceUri());
        b.property("Prefix", STRING, t -> node(t).prefix());
        b.property("NodeType", NODE_TYPE, t -> new EnumValue(NODE_TYPE, node(t).nodeType()));
        b.property("Value", STRING, t -> node(t).value(), (t, v) -> node(t).setValue((String) v));
        b.property("InnerText", STRING, t -> node(t).innerText(), (t, v) -> node(t).setInnerText((String) v));
        b.property("InnerXml", STRING, t -> node(t).innerXml(), (t, v) -> node(t).setInnerXml((String) v));
        b.property("OuterXml", STRING, t -> node(t).outerXml());
        b.property("ParentNode", NODE, t -> node(t).parentNode());
        b.property("OwnerDocument", DOCUMENT, t -> node(t).ownerDocument());
        b.property("ChildNodes", NODE_LIST, t -> node(t).childNodes());
        b.property("FirstChild", NODE, t -> node(t).firstChild());
        b.property("LastChild", NODE, t -> node(t).lastChild());
        b.property("NextSibling", NODE, t -> node(t).nextSibling());
        b.property("PreviousSibling", NODE, t -> node(t).previousSibling());
        b.property("HasChildNodes", BOOLEAN, t -> node(t).node.hasChildNodes());
        b.property("Attributes", ATTRIBUTE_COLLECTION, t -> node(t).attributes());
        b.property("IsReadOnly", BOOLEAN, t -> false);
        b.property("BaseURI", STRING, t -> "");
        b.parameterizedProperty("Item", ELEMENT, (t, a) -> node(t).childElement((String) a[0], null), null,
                param("name", STRING));
        b.parameterizedProperty("Item", ELEMENT, (t, a) -> node(t).childElement((String) a[0], (String) a[1]), null,
                param("localname", STRING), param("ns", STRING));
        b.method("AppendChild", NODE, (t, a) -> node(t).appendChild((XmlNode) a[0]), param("newChild", NODE));
        b.method("PrependChild", NODE, (t, a) -> node(t).prependChild((XmlNode) a[0]), param("newChild", NODE));
        b.method("InsertBefore", NODE, (t, a) -> node(t).insertBefore((XmlNode) a[0], (XmlNode) a[1]),
                param("newChild", NODE), param("refChild", NODE));
        b.method("InsertAfter", NODE, (t, a) -> node(t).insertAfter((XmlNode) a[0], (XmlNode) a[1]),
                param("newChild", NODE), param("refChild", NODE));
        b.method("RemoveChild", NODE, (t, a) -> node(t).removeChild((XmlNode) a[0]), param("oldChild", NODE));
        b.method("ReplaceChild", NODE, (t, a) -> node(t).replaceChild((XmlNode) a[0], (XmlNode) a[1]),
                param("newChild", NODE), param("oldChild", NODE));
        b.method("RemoveAll", VOID, (t, a) -> {
            node(t).removeAll();
            return AutomationNull.VALUE;
        });
        b.method("CloneNode", NODE, (t, a) -> node(t).cloneNode((Boolean) a[0]), param("deep", BOOLEAN));
        b.method("Clone", NODE, (t, a) -> node(t).cloneNode(true));
        b.method("SelectNodes", NODE_LIST, (t, a) -> node(t).selectNodes((String) a[0], null), param("xpath", STRING));
        b.method("SelectNodes", NODE_LIST, (t, a) -> node(t).selectNodes((String) a[0], (XmlNamespaceManager) a[1]),
                param("xpath", STRING), param("nsmgr", NAMESPACE_MANAGER));
        b.method("SelectSingleNode", NODE, (t, a) -> node(t).selectSingleNode((String) a[0], null),
                param("xpath", STRING));
        b.method("SelectSingleNode", NODE, (t, a) -> node(t).selectSingleNode((String) a[0],
                (XmlNamespaceManager) a[1]), param("xpath", STRING), param("nsmgr", NAMESPACE_MANAGER));
        b.method("GetNamespaceOfPrefix", STRING, (t, a) -> XmlNode.nullToEmpty(node(t).node.lookupNamespaceURI(
                ((String) a[0]).isEmpty() ? null : (String) a[0])), param("prefix", STRING));
        b.method("GetPrefixOfNamespace", STRING, (t, a) -> XmlNode.nullToEmpty(node(t).node.lookupPrefix(
                (String) a[0])), param("namespaceURI", STRING));
        b.method("Normalize", VOID, (t, a) -> {
            node(t).node.normalize();
            return AutomationNull.VALUE;
        });
        b.method("ToString", STRING, (t, a) -> node(t).localName());
    }

    private static void defineElement(TypeAdapter.Builder b) {
        b.property("HasAttributes", BOOLEAN, t -> dom(t).hasAttributes());
        b.property("IsEmpty", BOOLEAN, t -> !dom(t).hasChildNodes(), (t, v) -> {
            if ((Boolean) v) {
                node(t).setInnerText(null);
            }
        });
        b.method("GetAttribute", STRING, (t, a) -> dom(t).getAttribute((String) a[0]), param("name", STRING));
        b.method("GetAttribute", STRING, (t, a) -> dom(t).getAttributeNS(emptyToNull((String) a[1]), (String) a[0]),
                param("localName", STRING), param("namespaceURI", STRING));
        b.method("SetAttribute", VOID, (t, a) -> {
            XmlParser.checkName((String) a[0]);
            XmlNode.dom(() -> dom(t).setAttribute((String) a[0], a[1] == null ? "" : (String) a[1]));
            return AutomationNull.VALUE;
        }, param("name", STRING), param("value", STRING));
        b.method("SetAttribute", STRING, (t, a) -> {
            XmlParser.checkName((String) a[0]);
            String value = a[2] == null ? "" : (String) a[2];
            XmlNode.dom(() -> dom(t).setAttributeNS(emptyToNull((String) a[1]), (String) a[0], value));
            return value;
        }, param("localName", STRING), param("namespaceURI", STRING), param("value", STRING));
        b.method("HasAttribute", BOOLEAN, (t, a) -> dom(t).hasAttribute((String) a[0]), param("name", STRING));
        b.method("HasAttribute", BOOLEAN, (t, a) -> dom(t).hasAttributeNS(emptyToNull((String) a[1]), (String) a[0]),
                param("localName", STRING), param("namespaceURI", STRING));
        b.method("RemoveAttribute", VOID, (t, a) -> {
            dom(t).removeAttribute((String) a[0]);
            return AutomationNull.VALUE;
        }, param("name", STRING));
        b.method("RemoveAllAttributes", VOID, (t, a) -> {
            new XmlAttributeCollection(dom(t)).removeAll();
            return AutomationNull.VALUE;
        });
        b.method("GetAttributeNode", ATTRIBUTE, (t, a) -> XmlNode.of(dom(t).getAttributeNode((String) a[0])),
                param("name", STRING));
        b.method("SetAttributeNode", ATTRIBUTE, (t, a) -> {
            Attr old = dom(t).getAttributeNode(((XmlNode) a[0]).name());
            new XmlAttributeCollection(dom(t)).append((XmlNode) a[0]);
            return XmlNode.of(old);
        }, param("newAttr", ATTRIBUTE));
        b.method("RemoveAttributeNode", ATTRIBUTE, (t, a) -> new XmlAttributeCollection(dom(t)).remove((XmlNode) a[0]),
                param("oldAttr", ATTRIBUTE));
        b.method("GetElementsByTagName", NODE_LIST, (t, a) -> node(t).elementsByTagName((String) a[0]),
                param("name", STRING));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void defineAttribute(TypeAdapter.Builder b) {
        b.property("OwnerElement", ELEMENT, t -> XmlNode.of(((Attr) node(t).node).getOwnerElement()));
        b.property("Specified", BOOLEAN, t -> ((Attr) node(t).node).getSpecified());
    }

    private static void defineCharacterData(TypeAdapter.Builder b) {
        b.property("Data", STRING, t -> node(t).value(), (t, v) -> node(t).setValue((String) v));
        b.property("Length", INT32, t -> node(t).value().length());
    }

    private static void defineProcessingInstruction(TypeAdapter.Builder b) {
        b.property("Target", STRING, t -> ((ProcessingInstruction) node(t).node).getTarget());
        b.property("Data", STRING, t -> node(t).value(), (t, v) -> node(t).setValue((String) v));
    }

    private static void defineDeclaration(TypeAdapter.Builder b) {
        for (String part : new String[] {"Version", "Encoding", "Standalone"}) {
            String key = part.toLowerCase(Locale.ROOT);
            b.property(part, STRING, t -> XmlDeclarations.attribute(node(t).value(), key), part.equals("Version") ? null
                    : (t, v) -> node(t).node.setNodeValue(XmlDeclarations.with(node(t).value(), key,
                    v == null ? "" : (String) v)));
        }
    }

    private static void defineDocument(TypeAdapter.Builder b) {
        b.constructor((t, a) -> XmlDocument.create());
        b.property("DocumentElement", ELEMENT, t -> document(t).documentElement());
        b.property("PreserveWhitespace", BOOLEAN, t -> document(t).preserveWhitespace(),
                (t, v) -> document(t).setPreserveWhitespace((Boolean) v));
        b.property("NameTable", NAME_TABLE, t -> new XmlNameTable());
        b.property("DocumentType", DOCUMENT_TYPE, t -> XmlNode.of(document(t).domDocument().getDoctype()));
        b.method("LoadXml", VOID, (t, a) -> {
            document(t).loadXml((String) a[0]);
            return AutomationNull.VALUE;
        }, param("xml", STRING));
        b.method("Load", VOID, (t, a) -> {
            document(t).load((String) a[0]);
            return AutomationNull.VALUE;
        }, param("filename", STRING));
        b.method("Load", VOID, (t, a) -> {
            document(t).load((Stream) a[0]);
            return AutomationNull.VALUE;
        }, param("inStream", Stream.TYPE));
        b.method("Load", VOID, (t, a) -> {
            document(t).load((TextReader) a[0]);
            return AutomationNull.VALUE;
        }, param("txtReader", TextReader.TYPE));
        b.method("Save", VOID, (t, a) -> {
            document(t).save((String) a[0]);
            return AutomationNull.VALUE;
        }, param("filename", STRING));
        b.method("Save", VOID, (t, a) -> {
            document(t).save((Stream) a[0]);
            return AutomationNull.VALUE;
        }, param("outStream", Stream.TYPE));
        b.method("Save", VOID, (t, a) -> {
            document(t).save((TextWriter) a[0]);
            return AutomationNull.VALUE;
        }, param("writer", TextWriter.TYPE));
        b.method("CreateElement", ELEMENT, (t, a) -> document(t).createElement((String) a[0], null),
                param("name", STRING));
        b.method("CreateElement", ELEMENT, (t, a) -> document(t).createElement((String) a[0], (String) a[1]),
                param("qualifiedName", STRING), param("namespaceURI", STRING));
        b.method("CreateElement", ELEMENT, (t, a) -> document(t).createElement(qualified(a), (String) a[2]),
                param("prefix", STRING), param("localName", STRING), param("namespaceURI", STRING));
        b.method("CreateAttribute", ATTRIBUTE, (t, a) -> document(t).createAttribute((String) a[0], null),
                param("name", STRING));
        b.method("CreateAttribute", ATTRIBUTE, (t, a) -> document(t).createAttribute((String) a[0], (String) a[1]),
                param("qualifiedName", STRING), param("namespaceURI", STRING));
        b.method("CreateAttribute", ATTRIBUTE, (t, a) -> document(t).createAttribute(qualified(a), (String) a[2]),
                param("prefix", STRING), param("localName", STRING), param("namespaceURI", STRING));
        b.method("CreateTextNode", TEXT, (t, a) -> document(t).createTextNode((String) a[0]), param("text", STRING));
        b.method("CreateComment", COMMENT, (t, a) -> document(t).createComment((String) a[0]), param("data", STRING));
        b.method("CreateCDataSection", CDATA, (t, a) -> document(t).createCDataSection((String) a[0]),
                param("data", STRING));
        b.method("CreateProcessingInstruction", PROCESSING_INSTRUCTION,
                (t, a) -> document(t).createProcessingInstruction((String) a[0], (String) a[1]),
                param("target", STRING), param("data", STRING));
        b.method("CreateXmlDeclaration", DECLARATION,
                (t, a) -> document(t).createXmlDeclaration((String) a[0], (String) a[1], (String) a[2]),
                param("version", STRING), param("encoding", STRING), param("standalone", STRING));
        b.method("ImportNode", NODE, (t, a) -> document(t).importNode((XmlNode) a[0], (Boolean) a[1]),
                param("node", NODE), param("deep", BOOLEAN));
        b.method("GetElementsByTagName", NODE_LIST, (t, a) -> document(t).elementsByTagName((String) a[0]),
                param("name", STRING));
    }

    private static String qualified(Object[] a) {
        String prefix = (String) a[0];
        return prefix == null || prefix.isEmpty() ? (String) a[1] : prefix + ":" + a[1];
    }

    private static void defineNodeList(TypeAdapter.Builder b) {
        b.property("Count", INT32, t -> ((XmlNodeList) t).count());
        b.parameterizedProperty("Item", NODE, (t, a) -> ((XmlNodeList) t).item((Integer) a[0]), null,
                param("index", INT32));
    }

    private static void defineAttributeCollection(TypeAdapter.Builder b) {
        b.property("Count", INT32, t -> ((XmlAttributeCollection) t).count());
        b.parameterizedProperty("Item", ATTRIBUTE, (t, a) -> ((XmlAttributeCollection) t).item((Integer) a[0]), null,
                param("i", INT32));
        b.parameterizedProperty("Item", ATTRIBUTE, (t, a) -> ((XmlAttributeCollection) t).item((String) a[0]), null,
                param("name", STRING));
        b.parameterizedProperty("Item", ATTRIBUTE, (t, a) -> ((XmlAttributeCollection) t).item((String) a[0],
                (String) a[1]), null, param("localName", STRING), param("namespaceURI", STRING));
        b.method("Append", ATTRIBUTE, (t, a) -> ((XmlAttributeCollection) t).append((XmlNode) a[0]),
                param("node", ATTRIBUTE));
        b.method("Remove", ATTRIBUTE, (t, a) -> ((XmlAttributeCollection) t).remove((XmlNode) a[0]),
                param("node", ATTRIBUTE));
        b.method("RemoveAt", ATTRIBUTE, (t, a) -> ((XmlAttributeCollection) t).removeAt((Integer) a[0]),
                param("i", INT32));
        b.method("RemoveAll", VOID, (t, a) -> {
            ((XmlAttributeCollection) t).removeAll();
            return AutomationNull.VALUE;
        });
        b.method("GetNamedItem", NODE, (t, a) -> ((XmlAttributeCollection) t).item((String) a[0]),
                param("name", STRING));
    }

    private static void defineNamespaceManager(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new XmlNamespaceManager(), param("nameTable", XML_NAME_TABLE));
        b.method("AddNamespace", VOID, (t, a) -> {
            ((XmlNamespaceManager) t).addNamespace((String) a[0], (String) a[1]);
            return AutomationNull.VALUE;
        }, param("prefix", STRING), param("uri", STRING));
        b.method("RemoveNamespace", VOID, (t, a) -> {
            ((XmlNamespaceManager) t).removeNamespace((String) a[0], (String) a[1]);
            return AutomationNull.VALUE;
        }, param("prefix", STRING), param("uri", STRING));
        b.method("HasNamespace", BOOLEAN, (t, a) -> ((XmlNamespaceManager) t).hasNamespace((String) a[0]),
                param("prefix", STRING));
        b.method("LookupNamespace", STRING, (t, a) -> ((XmlNamespaceManager) t).lookupNamespace((String) a[0]),
                param("prefix", STRING));
        b.method("LookupPrefix", STRING, (t, a) -> ((XmlNamespaceManager) t).lookupPrefix((String) a[0]),
                param("uri", STRING));
    }
}
