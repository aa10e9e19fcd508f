package org.jposh.interpreter.runtime.xml;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * System.Xml.XmlNamespaceManager: the prefixes an XPath expression may use ({@code $ns.AddNamespace('d', $uri);
 * $xml.SelectNodes('//d:item', $ns)}); {@code xml} and {@code xmlns} are always there, as in .NET.
 */
public final class XmlNamespaceManager implements NamespaceContext, DotNetTyped {
    private final Map<String, String> namespaces = new LinkedHashMap<>();

    public XmlNamespaceManager() {
        namespaces.put("xml", XMLConstants.XML_NS_URI);
        namespaces.put("xmlns", XMLConstants.XMLNS_ATTRIBUTE_NS_URI);
        namespaces.put("", "");
    }

    public void addNamespace(String prefix, String uri) {
        if (prefix == null) {
            throw DotNetException.argumentNull("prefix");
        }
        if (uri == null) {
            throw DotNetException.argumentNull("uri");
        }
        if (prefix.equals("xml") || prefix.equals("xmlns")) {
            throw DotNetException.argument("Prefix \"" + prefix + "\" is reserved for use by XML.", null);
        }
        namespaces.put(prefix, uri);
    }

    public void removeNamespace(String prefix, String uri) {
        namespaces.remove(prefix, uri);
    }

    public boolean hasNamespace(String prefix) {
        return namespaces.containsKey(prefix);
    }

    /** The URI of the prefix, or null when it is not declared. */
    public String lookupNamespace(String prefix) {
        return namespaces.get(prefix);
    }

    public String lookupPrefix(String uri) {
        for (Map.Entry<String, String> e : namespaces.entrySet()) {
            if (e.getValue().equals(uri)) {
                return e.getKey();
            }
        }
        return null;
    }

    @Override
    public String getNamespaceURI(String prefix) {
        String uri = namespaces.get(prefix);
        return uri == null ? XMLConstants.NULL_NS_URI : uri;
    }

    @Override
    public String getPrefix(String namespaceUri) {
        return lookupPrefix(namespaceUri);
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceUri) {
        return namespaces.entrySet().stream().filter(e -> e.getValue().equals(namespaceUri)).map(Map.Entry::getKey)
                .iterator();
    }

    @Override
    public DotNetType dotNetType() {
        return XmlTypes.NAMESPACE_MANAGER;
    }

    @Override
    public String toString() {
        return XmlTypes.NAMESPACE_MANAGER.fullName();
    }
}
