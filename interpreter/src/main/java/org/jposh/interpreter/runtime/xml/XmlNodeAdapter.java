package org.jposh.interpreter.runtime.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * pwsh's XmlNodeAdapter: an XML node's attributes and child nodes are its properties, looked up before its .NET
 * properties ({@code $xml.catalog.book.title}; a child {@code <Name>} hides XmlNode.Name). A property is named by
 * the nodes' local name, case-insensitively, attributes first; whitespace is no property. Its value is a string
 * for an attribute, a text node or an element holding only text, else the node; several nodes of the name are
 * an array. Setting one sets the text of a single attribute or text-only element and nothing else.
 */
public final class XmlNodeAdapter {
    private XmlNodeAdapter() {
    }

    /** The property of that name, or null when the node has no attribute or child of that name. */
    public static PSProperty property(XmlNode target, String name) {
        List<Node> nodes = nodesNamed(target.node, name);
        return nodes.isEmpty() ? null : property(target, nodes);
    }

    /**
     * {@code $node.name}: the property's value, or AutomationNull when the node has no attribute or child of that
     * name (member access reads it without making the property).
     */
    public static Object value(XmlNode target, String name) {
        List<Node> nodes = nodesNamed(target.node, name);
        return nodes.isEmpty() ? AutomationNull.VALUE : value(nodes);
    }

    /** The node's properties, in the order their names first occur: attributes, then children. */
    public static List<PSProperty> properties(XmlNode target) {
        Map<String, List<Node>> byName = new LinkedHashMap<>();
        for (Node n : candidates(target.node)) {
            byName.computeIfAbsent(propertyName(n).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n);
        }
        List<PSProperty> result = new ArrayList<>(byName.size());
        for (List<Node> nodes : byName.values()) {
            result.add(property(target, nodes));
        }
        return result;
    }

    private static PSProperty property(XmlNode target, List<Node> nodes) {
        String name = propertyName(nodes.getFirst());
        Object value = value(nodes);
        DotNetType type = DotNetType.of(value);
        return PSProperty.adapted(name, type, owner -> value(nodesNamed(((XmlNode) owner).node, name)),
                isSettable(nodes) ? (owner, v) -> set((XmlNode) owner, name, v) : null);
    }

    /**
     * {@code $node.name = value}: the value as a string becomes the text of the one attribute or text-only element
     * of that name; false when the node has no such property.
     *
     * @throws PSRuntimeException pwsh's SetValueException for several nodes, an element with attributes, or one
     *                            with element content
     */
    public static boolean set(XmlNode target, String name, Object value) {
        List<Node> nodes = nodesNamed(target.node, name);
        if (nodes.isEmpty()) {
            return false;
        }
        String text = LanguagePrimitives.toStringValue(value);
        Node node = nodes.getFirst();
        if (nodes.size() > 1) {
            throw cannotSet("XmlNodeSetRestrictionsMoreThanOneNode", name);
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            node.setNodeValue(text);
        } else if (hasAttributes(node)) {
            throw cannotSet("XmlNodeSetRestrictionsNodeWithAttributes", name);
        } else if (node.getFirstChild() == null || isOnlyText(node)) {
            XmlNode.of(node).setInnerText(text);
        } else {
            throw cannotSet("XmlNodeSetRestrictionsUnknownNodeType", name);
        }
        return true;
    }

    private static PSRuntimeException cannotSet(String errorId, String name) {
        return PSRuntimeException.setValueException(errorId, "Cannot set \"" + name
                + "\" because only strings can be used as values to set XmlNode properties.");
    }

    /** The attributes, then the children but whitespace. */
    private static List<Node> candidates(Node node) {
        List<Node> result = new ArrayList<>();
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                result.add(attributes.item(i));
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (XmlNode.nodeType(child) != XmlTypes.WHITESPACE) {
                result.add(child);
            }
        }
        return result;
    }

    private static List<Node> nodesNamed(Node node, String name) {
        List<Node> result = new ArrayList<>(1);
        for (Node n : candidates(node)) {
            if (propertyName(n).equalsIgnoreCase(name)) {
                result.add(n);
            }
        }
        return result;
    }

    /** The local name of an element or attribute; {@code #text}, {@code #comment}... of the others. */
    private static String propertyName(Node node) {
        return XmlNode.localName(node);
    }

    private static Object value(List<Node> nodes) {
        if (nodes.size() == 1) {
            return nodeValue(nodes.getFirst());
        }
        Object[] values = new Object[nodes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = nodeValue(nodes.get(i));
        }
        return values;
    }

    /** pwsh's GetNodeObject: text for text, for an attribute and for a node holding nothing or only text. */
    private static Object nodeValue(Node node) {
        XmlNode wrapper = XmlNode.of(node);
        if (node.getNodeType() == Node.TEXT_NODE) {
            return wrapper.innerText();
        } else if (hasAttributes(node)) {
            return wrapper;
        } else if (node.getFirstChild() == null || isOnlyText(node)) {
            return wrapper.innerText();
        }
        return wrapper;
    }

    private static boolean hasAttributes(Node node) {
        return node instanceof Element && node.getAttributes().getLength() > 0;
    }

    /** One child, a text node (CDATA and whitespace are not). */
    private static boolean isOnlyText(Node node) {
        Node child = node.getFirstChild();
        return child != null && child.getNextSibling() == null && XmlNode.nodeType(child) == Node.TEXT_NODE;
    }

    /** pwsh's PropertyIsSettable, which Get-Member shows: one text node, attribute or text-only element. */
    private static boolean isSettable(List<Node> nodes) {
        if (nodes.size() != 1) {
            return false;
        }
        Node node = nodes.getFirst();
        return node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.ATTRIBUTE_NODE
                || !hasAttributes(node) && (node.getFirstChild() == null || isOnlyText(node));
    }
}
