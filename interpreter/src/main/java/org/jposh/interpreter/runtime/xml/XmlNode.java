package org.jposh.interpreter.runtime.xml;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.w3c.dom.Attr;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * A node of System.Xml's document object model (XmlElement, XmlAttribute, XmlText...) over a node of Java's DOM.
 * There is one wrapper per DOM node ({@link #of}), so a node read twice is the same object to {@code -eq} and
 * {@code [object]::ReferenceEquals}. The XML declaration, which Java's DOM does not keep, is a processing
 * instruction named {@code xml}, as the document's first child, which is where .NET has its XmlDeclaration.
 *
 * <p>An XmlNode is not a collection to PowerShell (pwsh never enumerates one, although .NET's is enumerable);
 * its {@link XmlNodeList ChildNodes} is.
 */
public class XmlNode implements DotNetTyped {
    static final String WRAPPER_KEY = "org.jposh.xml.wrapper";

    /** The DOM node; only a document that loads anew changes it ({@link #replaceNode}). */
    Node node;

    XmlNode(Node node) {
        this.node = node;
        node.setUserData(WRAPPER_KEY, this, null);
    }

    /** The wrapper of a DOM node, made on first use; null for null. */
    public static XmlNode of(Node node) {
        if (node == null) {
            return null;
        }
        Object wrapper = node.getUserData(WRAPPER_KEY);
        if (wrapper != null) {
            return (XmlNode) wrapper;
        }
        return node instanceof Document document ? new XmlDocument(document) : new XmlNode(node);
    }

    public Node domNode() {
        return node;
    }

    /** XmlDocument.Load keeps the document object: the parsed DOM becomes this wrapper's. */
    void replaceNode(Node replacement) {
        node.setUserData(WRAPPER_KEY, null, null);
        node = replacement;
        replacement.setUserData(WRAPPER_KEY, this, null);
    }

    @Override
    public DotNetType dotNetType() {
        return XmlTypes.typeOf(this);
    }

    /** Whether this is the XML declaration ({@code <?xml version="1.0"?>}), .NET's XmlDeclaration. */
    boolean isDeclaration() {
        return isDeclaration(node);
    }

    private static boolean isDeclaration(Node node) {
        return node instanceof ProcessingInstruction pi && pi.getTarget().equals("xml");
    }

    /** XmlNodeType's value of the node. */
    int nodeType() {
        return nodeType(node);
    }

    /** XmlNodeType's value of a DOM node, told without a wrapper (the adapter asks it of every sibling). */
    static int nodeType(Node node) {
        if (isDeclaration(node)) {
            return XmlTypes.XML_DECLARATION;
        }
        if (node.getNodeType() == Node.TEXT_NODE && isWhitespace(node.getNodeValue())) {
            return XmlTypes.WHITESPACE;
        }
        return node.getNodeType();
    }

    static boolean isWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** .NET's Name: the qualified name, or {@code #text}, {@code #comment}, {@code xml}... */
    public String name() {
        return name(node);
    }

    private static String name(Node node) {
        return nodeType(node) == XmlTypes.WHITESPACE ? "#whitespace" : node.getNodeName();
    }

    /** .NET's LocalName: the name without its prefix. */
    public String localName() {
        return localName(node);
    }

    static String localName(Node node) {
        String local = node.getLocalName();
        return local != null ? local : name(node);
    }

    String namespaceUri() {
        String uri = node.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    String prefix() {
        String prefix = node.getPrefix();
        return prefix == null ? "" : prefix;
    }

    public XmlDocument ownerDocument() {
        return (XmlDocument) of(node instanceof Document ? null : node.getOwnerDocument());
    }

    public XmlNode parentNode() {
        return of(node instanceof Attr ? null : node.getParentNode());
    }

    /** .NET's Value: the text of an attribute, text, comment or CDATA node, a declaration's or PI's data; else null. */
    public String value() {
        return switch (node.getNodeType()) {
            case Node.ELEMENT_NODE, Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE, Node.DOCUMENT_FRAGMENT_NODE,
                 Node.ENTITY_REFERENCE_NODE -> null;
            default -> node.getNodeValue();
        };
    }

    public void setValue(String value) {
        if (value() == null && node.getNodeType() != Node.DOCUMENT_TYPE_NODE) {
            throw DotNetException.invalidOperation("Cannot set a value on node type '" + XmlTypes.nodeTypeName(nodeType())
                    + "'.");
        }
        node.setNodeValue(value);
    }

    /** .NET's InnerText: the text of the node and everything under it. */
    public String innerText() {
        if (node.getNodeType() == Node.DOCUMENT_TYPE_NODE) {
            return "";
        }
        String text = node.getTextContent();
        return text == null ? "" : text;
    }

    /** Setting InnerText replaces the children with one text node (an attribute's or text's value is set). */
    public void setInnerText(String text) {
        if (node instanceof Element || node instanceof Document) {
            removeChildren();
            if (text != null && !text.isEmpty()) {
                node.appendChild(domDocument().createTextNode(text));
            }
        } else {
            node.setNodeValue(text == null ? "" : text);
        }
    }

    public String innerXml() {
        if (node instanceof Attr) {
            return XmlWriter.escapeAttribute(node.getNodeValue());
        }
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            XmlWriter.compact(child, out);
        }
        return out.toString();
    }

    /** Setting InnerXml parses the text as content of this element and makes it the element's children. */
    public void setInnerXml(String xml) {
        if (node instanceof Document) {
            ((XmlDocument) this).loadXml(xml);
            return;
        }
        if (!(node instanceof Element element)) {
            setInnerText(xml);
            return;
        }
        List<Node> content = XmlParser.parseFragment(xml, element);
        removeChildren();
        for (Node child : content) {
            node.appendChild(domDocument().importNode(child, true));
        }
    }

    public String outerXml() {
        StringBuilder out = new StringBuilder();
        XmlWriter.compact(node, out);
        return out.toString();
    }

    Document domDocument() {
        return node instanceof Document d ? d : node.getOwnerDocument();
    }

    private void removeChildren() {
        while (node.getFirstChild() != null) {
            node.removeChild(node.getFirstChild());
        }
    }

    public XmlNodeList childNodes() {
        return new XmlNodeList(() -> {
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                children.add(child);
            }
            return children;
        });
    }

    public XmlNode firstChild() {
        return of(node.getFirstChild());
    }

    public XmlNode lastChild() {
        return of(node.getLastChild());
    }

    public XmlNode nextSibling() {
        return of(node.getNextSibling());
    }

    public XmlNode previousSibling() {
        return of(node.getPreviousSibling());
    }

    /** The element's attributes; null for any other node, as in .NET. */
    public XmlAttributeCollection attributes() {
        return node instanceof Element element ? new XmlAttributeCollection(element) : null;
    }

    /** {@code $node['name']}: the first child element of that name, or null. */
    XmlNode childElement(String name, String namespaceUri) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element && (namespaceUri == null ? child.getNodeName().equals(name)
                    : name.equals(child.getLocalName()) && namespaceUri.equals(nullToEmpty(child.getNamespaceURI())))) {
                return of(child);
            }
        }
        return null;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- changing the tree: .NET's checks and messages ----

    public XmlNode appendChild(XmlNode child) {
        return insertBefore(child, null);
    }

    public XmlNode prependChild(XmlNode child) {
        return insertBefore(child, firstChild());
    }

    public XmlNode insertAfter(XmlNode child, XmlNode reference) {
        return insertBefore(child, reference == null ? firstChild() : reference.nextSibling());
    }

    public XmlNode insertBefore(XmlNode child, XmlNode reference) {
        checkInsertable(child);
        if (reference != null && reference.node.getParentNode() != node) {
            throw DotNetException.argument("The reference node is not a child of this node.", null);
        }
        dom(() -> node.insertBefore(child.node, reference == null ? null : reference.node));
        return child;
    }

    public XmlNode replaceChild(XmlNode newChild, XmlNode oldChild) {
        checkInsertable(newChild);
        if (oldChild == null || oldChild.node.getParentNode() != node) {
            throw DotNetException.argument("The node to be removed is not a child of this node.", null);
        }
        dom(() -> node.replaceChild(newChild.node, oldChild.node));
        return oldChild;
    }

    public XmlNode removeChild(XmlNode child) {
        if (child == null || child.node.getParentNode() != node) {
            throw DotNetException.argument("The node to be removed is not a child of this node.", null);
        }
        node.removeChild(child.node);
        return child;
    }

    /** .NET's RemoveAll: the children, and an element's attributes too. */
    public void removeAll() {
        removeChildren();
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            while (attributes.getLength() > 0) {
                element.removeAttributeNode((Attr) attributes.item(0));
            }
        }
    }

    private void checkInsertable(XmlNode child) {
        if (child == null) {
            throw DotNetException.argumentNull("newChild");
        }
        if (child.domDocument() != domDocument()) {
            throw DotNetException.argument("The node to be inserted is from a different document context.", null);
        }
        if (node instanceof Element || node instanceof Document) {
            for (Node ancestor = node; ancestor != null; ancestor = ancestor.getParentNode()) {
                if (ancestor == child.node) {
                    throw DotNetException.argument("The new child element is an ancestor of the parent node.", null);
                }
            }
        }
        if (node instanceof Document && child.node instanceof Element && ((Document) node).getDocumentElement() != null
                && ((Document) node).getDocumentElement() != child.node) {
            throw DotNetException.invalidOperation("This document already has a 'DocumentElement' node.");
        }
        if (!(node instanceof Element || node instanceof Document) || child.node instanceof Attr
                || child.node instanceof Document) {
            throw DotNetException.invalidOperation("The specified node cannot be inserted as the valid child of this"
                    + " node, because the specified node is the wrong type.");
        }
    }

    /** Runs a DOM change, its DOMException as .NET's InvalidOperationException. */
    static void dom(Runnable change) {
        try {
            change.run();
        } catch (DOMException e) {
            throw DotNetException.invalidOperation(e.getMessage());
        }
    }

    public XmlNode cloneNode(boolean deep) {
        if (node instanceof Document document) {
            XmlDocument copy = new XmlDocument(deep ? (Document) document.cloneNode(true) : XmlParser.newDocument());
            copy.setPreserveWhitespace(((XmlDocument) this).preserveWhitespace());
            return copy;
        }
        return of(node.cloneNode(deep));
    }

    /** SelectNodes: the nodes the XPath expression selects, in document order. */
    public XmlNodeList selectNodes(String xpath, XmlNamespaceManager namespaces) {
        List<Node> nodes = XPathSelection.select(this, xpath, namespaces);
        return new XmlNodeList(() -> nodes);
    }

    public XmlNode selectSingleNode(String xpath, XmlNamespaceManager namespaces) {
        List<Node> nodes = XPathSelection.select(this, xpath, namespaces);
        return nodes.isEmpty() ? null : of(nodes.getFirst());
    }

    /** The elements under this node with the name ({@code *} for all), in document order. */
    public XmlNodeList elementsByTagName(String name) {
        return new XmlNodeList(() -> {
            List<Node> nodes = new ArrayList<>();
            org.w3c.dom.NodeList found = node instanceof Document d ? d.getElementsByTagName(name)
                    : ((Element) node).getElementsByTagName(name);
            for (int i = 0; i < found.getLength(); i++) {
                nodes.add(found.item(i));
            }
            return nodes;
        });
    }

    /** What a raw node is as a string, as in pwsh: its .NET type's name (its ToString() method gives its LocalName). */
    @Override
    public String toString() {
        return dotNetType().fullName();
    }
}
