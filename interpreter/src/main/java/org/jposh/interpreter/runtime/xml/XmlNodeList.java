package org.jposh.interpreter.runtime.xml;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.w3c.dom.Node;

/**
 * System.Xml.XmlNodeList: ChildNodes (live: it reads the children when asked), the result of SelectNodes and of
 * GetElementsByTagName. PowerShell enumerates it, in the pipeline and in foreach.
 */
public final class XmlNodeList implements Iterable<Object>, DotNetTyped {
    private final Supplier<List<Node>> nodes;

    XmlNodeList(Supplier<List<Node>> nodes) {
        this.nodes = nodes;
    }

    public int count() {
        return nodes.get().size();
    }

    /** Item(i): the node at the index, or null past either end (.NET's list does not throw). */
    public XmlNode item(int index) {
        List<Node> list = nodes.get();
        return index < 0 || index >= list.size() ? null : XmlNode.of(list.get(index));
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Node> snapshot = List.copyOf(nodes.get()).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return snapshot.hasNext();
            }

            @Override
            public Object next() {
                return XmlNode.of(snapshot.next());
            }
        };
    }

    @Override
    public DotNetType dotNetType() {
        return XmlTypes.NODE_LIST;
    }

    @Override
    public String toString() {
        return XmlTypes.NODE_LIST.fullName();
    }
}
