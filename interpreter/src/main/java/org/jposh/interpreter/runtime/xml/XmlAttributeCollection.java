package org.jposh.interpreter.runtime.xml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** System.Xml.XmlAttributeCollection: an element's attributes, by index or by name ({@code $e.Attributes['id']}). */
public final class XmlAttributeCollection implements Iterable<Object>, DotNetTyped {
    private final Element element;

    XmlAttributeCollection(Element element) {
        this.element = element;
    }

    private List<XmlNode> attributes() {
        NamedNodeMap map = element.getAttributes();
        List<XmlNode> result = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) {
            result.add(XmlNode.of(map.item(i)));
        }
        return result;
    }

    public int count() {
        return element.getAttributes().getLength();
    }

    public XmlNode item(int index) {
        List<XmlNode> attributes = attributes();
        if (index < 0 || index >= attributes.size()) {
            throw DotNetException.indexOutOfRange();
        }
        return attributes.get(index);
    }

    /** Item(name): the attribute of that qualified name, or null. */
    public XmlNode item(String name) {
        return XmlNode.of(element.getAttributeNode(name));
    }

    public XmlNode item(String localName, String namespaceUri) {
        return XmlNode.of(element.getAttributeNodeNS(namespaceUri == null || namespaceUri.isEmpty() ? null
                : namespaceUri, localName));
    }

    /** Append: adds the attribute, replacing one of the same name. */
    public XmlNode append(XmlNode attribute) {
        if (attribute == null || !(attribute.node instanceof Attr attr)) {
            throw DotNetException.argumentNull("node");
        }
        XmlNode.dom(() -> element.setAttributeNodeNS(attr));
        return attribute;
    }

    public XmlNode remove(XmlNode attribute) {
        if (attribute == null || !(attribute.node instanceof Attr attr) || attr.getOwnerElement() != element) {
            return null;
        }
        element.removeAttributeNode(attr);
        return attribute;
    }

    public XmlNode removeAt(int index) {
        List<XmlNode> attributes = attributes();
        return index < 0 || index >= attributes.size() ? null : remove(attributes.get(index));
    }

    public void removeAll() {
        for (XmlNode attribute : attributes()) {
            remove(attribute);
        }
    }

    @Override
    public Iterator<Object> iterator() {
        return new ArrayList<Object>(attributes()).iterator();
    }

    @Override
    public DotNetType dotNetType() {
        return XmlTypes.ATTRIBUTE_COLLECTION;
    }

    @Override
    public String toString() {
        return XmlTypes.ATTRIBUTE_COLLECTION.fullName();
    }
}
