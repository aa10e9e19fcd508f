package org.jposh.stdlib.management;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.xml.XmlNode;
import org.jposh.interpreter.runtime.xml.XmlTypes;

/**
 * Microsoft.PowerShell.Commands.SelectXmlInfo, what Select-Xml writes: the node found, the file it is in
 * ({@code InputStream} for XML given as objects or text) and the XPath expression.
 */
public record SelectXmlInfo(XmlNode node, String path, String pattern) implements DotNetTyped {
    /** The path of a match in XML that came from no file. */
    static final String INPUT_STREAM = "InputStream";

    static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "SelectXmlInfo",
            SelectXmlInfo.class, b -> b.property("Node", XmlTypes.NODE, i -> ((SelectXmlInfo) i).node)
                    .property("Path", CoreTypes.STRING, i -> ((SelectXmlInfo) i).path)
                    .property("Pattern", CoreTypes.STRING, i -> ((SelectXmlInfo) i).pattern));

    static {
        CoreTypes.register(TYPE);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    /** The node's text (an attribute's or text's value, else its inner XML), trimmed; and the file's path after a colon. */
    @Override
    public String toString() {
        String text = node.value() != null ? node.value().trim() : node.innerXml().trim();
        return path.equals(INPUT_STREAM) ? text : text + ":" + path;
    }
}
