package org.jposh.interpreter.runtime.xml;

import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * System.Xml.NameTable: .NET's table of atomized names. Scripts only pass a document's NameTable to an
 * XmlNamespaceManager; Java's strings need no atomizing, so it holds nothing.
 */
public final class XmlNameTable implements DotNetTyped {
    @Override
    public DotNetType dotNetType() {
        return XmlTypes.NAME_TABLE;
    }

    @Override
    public String toString() {
        return XmlTypes.NAME_TABLE.fullName();
    }
}
