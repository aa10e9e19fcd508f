package org.jposh.stdlib.utility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.GenericDeque;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.SByte;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SecureString;
import org.jposh.interpreter.runtime.TimeSpan;
import org.jposh.interpreter.runtime.UInt16;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.interpreter.runtime.UInt64;
import org.jposh.interpreter.runtime.Uri;
import org.jposh.interpreter.runtime.Version;
import org.jposh.interpreter.runtime.xml.XmlDocument;
import org.jposh.interpreter.runtime.xml.XmlWriter;

/**
 * ConvertTo-Xml's format (pwsh's CustomSerialization, not CLIXML): each object an {@code <Object Type="...">}, its
 * properties, items and dictionary entries {@code <Property>} elements (with {@code Name} for properties and the
 * {@code Key}/{@code Value} of entries), primitives as their .NET string. Properties take a level of -Depth, items
 * do not; an object reached with no depth left is its string, followed by its notes when it has some (written as
 * {@code System.Management.Automation.PSNoteProperty} values). -NoTypeInformation leaves out the {@code Type}
 * attributes. The quirks are pwsh's: a primitive's notes are dropped, and notes written beside an object's
 * string are written as their values' strings whatever the depth.
 */
final class CustomSerialization {
    private static final String NOTE_PROPERTY_TYPE = "System.Management.Automation.PSNoteProperty";

    private final XmlWriter writer;
    private final boolean noTypeInformation;
    /** The first element of each top-level object is {@code <Object>}, those inside it {@code <Property>}. */
    private boolean firstCall;

    CustomSerialization(XmlWriter writer, boolean noTypeInformation) {
        this.writer = writer;
        this.noTypeInformation = noTypeInformation;
    }

    /** Writes one object of the pipeline, to {@code depth}. */
    void serialize(Object source, int depth) {
        firstCall = true;
        writeOneObject(source, null, depth);
    }

    private void writeOneObject(Object source, String property, int depth) {
        if (source == null) {
            startElement(property);
            writer.writeEndElement();
            return;
        }
        Object base = PSObject.base(source);
        if (base != null && !(base instanceof PSObject) && isKnownPrimitive(base)) {
            writePrimitive(property, base);
        } else if (!(source instanceof PSObject pso && pso.isCustomObject()) && isContainer(base)) {
            writeContainer(source, base, property, depth);
        } else if (depth == 0) {
            writeAsString(PSObject.asPSObject(source), property);
        } else {
            writeComplex(PSObject.asPSObject(source), property, depth);
        }
    }

    /** pwsh's KnownTypes: what serializes as a string of its own rather than as properties. */
    private static boolean isKnownPrimitive(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof Character || value instanceof DateTime
                || value instanceof BigDecimal || value instanceof UUID || value instanceof Short
                || value instanceof Byte || value instanceof SByte || value instanceof Float
                || value instanceof UInt16 || value instanceof UInt32 || value instanceof UInt64
                || value instanceof TimeSpan || value instanceof Uri || value instanceof Version
                || value instanceof byte[] || value instanceof ScriptBlock || value instanceof SecureString
                || value instanceof XmlDocument;
    }

    private static boolean isContainer(Object base) {
        return base instanceof Map<?, ?> || LanguagePrimitives.getEnumerable(base) != null;
    }

    /** Dictionaries as Key and Value pairs, other collections item by item; the items keep the depth. */
    private void writeContainer(Object source, Object base, String property, int depth) {
        startObject(property, base);
        if (base instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeOneObject(e.getKey(), "Key", depth);
                writeOneObject(e.getValue(), "Value", depth);
            }
        } else {
            for (Object item : LanguagePrimitives.getEnumerable(base)) {
                writeOneObject(item, null, depth);
            }
            // Only a collection that is no list, stack or queue (a mere enumerable) shows its properties too.
            if (depth != 0 && !(base instanceof List<?> || base instanceof Object[] || base instanceof GenericDeque)) {
                writeProperties(PSObject.asPSObject(source), depth);
            }
        }
        if (source instanceof PSObject pso) {
            writeNotes(pso);
        }
        writer.writeEndElement();
    }

    /**
     * An object with no depth left: its string, as its base object's type; with notes, that string inside an element
     * of the object's type, followed by the notes.
     */
    private void writeAsString(PSObject source, String property) {
        if (source.instanceMembers().isEmpty()) {
            writePrimitive(property, source.baseObject());
            return;
        }
        startObject(property, source.baseObject());
        writePrimitive(null, LanguagePrimitives.dotNetToString(source));
        writeNotes(source);
        writer.writeEndElement();
    }

    /** An object with depth left: its properties, a level deeper (an enum's is its number, value__). */
    private void writeComplex(PSObject source, String property, int depth) {
        startObject(property, source.baseObject());
        writeProperties(source, depth);
        writer.writeEndElement();
    }

    private void writeProperties(PSObject source, int depth) {
        for (PSPropertyInfo p : source.properties()) {
            // The base object's own properties read it; the PSObject's are read with it as $this.
            Object owner = p instanceof PSProperty ? source.baseObject() : source;
            Object value;
            try {
                value = p.getValue(owner);
            } catch (RuntimeException e) {
                value = null;
            }
            if (value == null) {
                startElement(p.name());
                writeType(p.typeNameOfValue(owner));
                writer.writeEndElement();
            } else {
                writeOneObject(value, p.name(), depth - 1);
            }
        }
    }

    /** A PSObject's note properties, each with its value's string and the type of the note itself. */
    private void writeNotes(PSObject source) {
        for (PSMemberInfo m : source.instanceMembers()) {
            if (m instanceof PSPropertyInfo p) {
                startElement(p.name());
                writeType(NOTE_PROPERTY_TYPE);
                Object value = p.getValue(source);
                writer.writeString(value == null ? "" : LanguagePrimitives.dotNetToString(value));
                writer.writeEndElement();
            }
        }
    }

    private void writePrimitive(String property, Object value) {
        startObject(property, value);
        writer.writeString(value instanceof XmlDocument ? DotNetType.of(value).fullName()
                : LanguagePrimitives.dotNetToString(value));
        writer.writeEndElement();
    }

    private void startObject(String property, Object value) {
        startElement(property);
        writeType(DotNetType.of(value).fullName());
    }

    /** {@code <Property Name="...">} for a property, else the top-level {@code <Object>} or an item's {@code <Property>}. */
    private void startElement(String property) {
        if (property == null && firstCall) {
            writer.writeStartElement("Object");
        } else {
            writer.writeStartElement("Property");
            if (property != null) {
                writer.writeAttributeString("Name", property);
            }
        }
        firstCall = false;
    }

    private void writeType(String typeName) {
        if (!noTypeInformation) {
            writer.writeAttributeString("Type", typeName);
        }
    }
}
