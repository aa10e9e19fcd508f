package org.jposh.remoting.psrp.clixml;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.xml.XmlWriter;

/**
 * Writes model values (see {@link ClixmlReader}) as CLIXML the way PowerShell's serializer does, so
 * that a real peer reading our output sees what it would see from pwsh, and so that data read from a
 * pwsh peer is written back byte for byte:
 *
 * <ul>
 *   <li>no XML declaration; for PSRP no whitespace, for documents (Export-Clixml, PSSerializer) indented as
 *       pwsh's XmlWriter indents them; {@code " />"} for empty elements (but {@code <S></S>} for an empty
 *       string, as pwsh's serializer writes it), attributes in the order {@code N}, {@code RefId};</li>
 *   <li>inside {@code Obj}: {@code TN}/{@code TNRef}, {@code ToString}, the base value, {@code Props},
 *       {@code MS};</li>
 *   <li>RefIds counted from 0 in document order, one counter for objects and one for type-name
 *       lists; an object instance written a second time becomes {@code <Ref RefId="n" />}, and a
 *       type-name list seen before becomes {@code <TNRef RefId="n" />};</li>
 *   <li>a {@link PsCollection} or {@link PsDictionary} given directly (not as an object's base
 *       value) is written inside an {@code Obj} without type names, since CLIXML has no bare
 *       containers; it reads back as a {@link PsObjectData} holding it;</li>
 *   <li>strings, names, ToString and type names escaped with {@link ClixmlEscaping}, then XML
 *       text escaping ({@code &amp; &lt; &gt;}, and {@code &quot;} in attributes).</li>
 * </ul>
 *
 * <p>Depth follows PowerShell's rule: adapted properties ({@code Props}) take one level, while
 * extended (note) properties and container items stay at their object's level; an object that has
 * properties and is reached with no depth left is written as its ToString string. Independently,
 * nesting is capped as in PowerShell, which writes the string "Serialized XML is nested too deeply."
 * instead of the value; we cut one level earlier than pwsh (49 instead of 50) so that the output
 * stays within what deserializers, ours and pwsh's, accept.
 */
public final class ClixmlWriter {
    /** No depth limit beyond the nesting cap: the right choice for re-sending deserialized data. */
    public static final int UNLIMITED_DEPTH = Integer.MAX_VALUE;

    /** The depth pwsh uses for remoting (its Fragmentor's SerializationDepthForRemoting). */
    public static final int REMOTING_DEPTH = 1;

    private static final String TOO_DEEP = "Serialized XML is nested too deeply.";

    private final StringBuilder out = new StringBuilder(256);
    private final XmlWriter xml;
    private final Map<PsObjectData, Integer> objectRefIds = new IdentityHashMap<>();
    private final Map<List<String>, Integer> typeNameRefIds = new HashMap<>();
    private int nesting;

    private ClixmlWriter(boolean indent) {
        xml = new XmlWriter(out, indent);
    }

    /** One value as a PSRP message body: a single element, no namespace, unlimited depth. */
    public static String write(Object value) {
        return write(value, UNLIMITED_DEPTH);
    }

    /** One value as a PSRP message body, written to the given depth. */
    public static String write(Object value, int depth) {
        checkDepth(depth);
        ClixmlWriter w = new ClixmlWriter(false);
        w.value(value, null, depth);
        return w.take();
    }

    /**
     * Values as an Export-Clixml document ({@code <Objs Version="1.1.0.1" xmlns="...">}, indented), each
     * written to the given depth; references are shared across the document.
     */
    public static String writeDocument(List<?> values, int depth) {
        ClixmlWriter w = startDocument();
        for (Object v : values) {
            w.writeObject(v, depth);
        }
        w.endDocument();
        return w.take();
    }

    /**
     * A document written object by object, as Export-Clixml writes its file: {@link #take} gives the text
     * written since it was last called, so the caller can pass it on as the objects come.
     */
    public static ClixmlWriter startDocument() {
        ClixmlWriter w = new ClixmlWriter(true);
        w.xml.writeStartElement("Objs");
        w.xml.writeAttributeString("Version", "1.1.0.1");
        w.xml.writeAttributeString("xmlns", ClixmlReader.NAMESPACE);
        return w;
    }

    /** Adds one object of a document started with {@link #startDocument}. */
    public void writeObject(Object value, int depth) {
        checkDepth(depth);
        value(value, null, depth);
    }

    /** Ends a document started with {@link #startDocument}; an empty one closes in its start tag, as pwsh's does. */
    public void endDocument() {
        xml.close();
    }

    /** The text written since the last call. */
    public String take() {
        String text = out.toString();
        out.setLength(0);
        return text;
    }

    private static void checkDepth(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("Depth cannot be negative: " + depth);
        }
    }

    private void value(Object value, String name, int depth) {
        if (nesting + 2 >= ClixmlReader.MAX_DEPTH) {
            primitive(ClixmlPrimitive.STRING, TOO_DEEP, name);
            return;
        }
        nesting++;
        try {
            if (value == null) {
                start("Nil", name);
                xml.writeEndElement();
                return;
            }
            ClixmlPrimitive primitive = ClixmlPrimitive.forValue(value);
            if (primitive != null) {
                primitive(primitive, value, name);
            } else if (value instanceof PsObjectData obj) {
                object(obj, name, depth);
            } else if (value instanceof PsCollection || value instanceof PsDictionary) {
                object(new PsObjectData().setBaseValue(value), name, depth);
            } else {
                throw new IllegalArgumentException("Cannot serialize a " + value.getClass().getName()
                        + ": CLIXML values are the Java types listed in ClixmlPrimitive and the Ps* model classes");
            }
        } finally {
            nesting--;
        }
    }

    private void primitive(ClixmlPrimitive primitive, Object value, String name) {
        start(primitive.tag(), name);
        xml.writeString(primitive.format(value));
        xml.writeEndElement();
    }

    private void object(PsObjectData obj, String name, int depth) {
        Integer refId = objectRefIds.get(obj);
        if (refId != null) {
            start("Ref", name);
            xml.writeAttributeString("RefId", refId.toString());
            xml.writeEndElement();
            return;
        }
        boolean hasProperties = !obj.adaptedProperties().isEmpty() || !obj.extendedProperties().isEmpty();
        if (depth == 0 && hasProperties && !isContainer(obj.baseValue())) {
            primitive(ClixmlPrimitive.STRING, obj.toString(), name);
            return;
        }
        refId = objectRefIds.size();
        objectRefIds.put(obj, refId);
        start("Obj", name);
        xml.writeAttributeString("RefId", refId.toString());
        typeNames(obj.typeNames());
        if (obj.toStringValue() != null) {
            xml.writeElementString("ToString", ClixmlEscaping.encode(obj.toStringValue()));
        }
        baseValue(obj.baseValue(), depth);
        properties("Props", null, obj.adaptedProperties(), depth == UNLIMITED_DEPTH ? depth : depth - 1);
        properties("MS", null, obj.extendedProperties(), depth);
        xml.writeEndElement();
    }

    private static boolean isContainer(Object base) {
        return base instanceof PsCollection || base instanceof PsDictionary;
    }

    private void typeNames(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Integer refId = typeNameRefIds.get(names);
        if (refId != null) {
            xml.writeStartElement("TNRef");
            xml.writeAttributeString("RefId", refId.toString());
            xml.writeEndElement();
            return;
        }
        refId = typeNameRefIds.size();
        typeNameRefIds.put(List.copyOf(names), refId);
        xml.writeStartElement("TN");
        xml.writeAttributeString("RefId", refId.toString());
        for (String n : names) {
            xml.writeElementString("T", ClixmlEscaping.encode(n));
        }
        xml.writeEndElement();
    }

    private void baseValue(Object base, int depth) {
        if (base instanceof PsCollection c) {
            xml.writeStartElement(c.kind().tag());
            for (Object item : c.items()) {
                value(item, null, depth);
            }
            xml.writeEndElement();
        } else if (base instanceof PsDictionary d) {
            xml.writeStartElement("DCT");
            for (PsDictionary.Entry e : d.entries()) {
                xml.writeStartElement("En");
                value(e.key(), "Key", depth);
                value(e.value(), "Value", depth);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } else if (base != null) {
            value(base, null, depth);
        }
    }

    private void properties(String tag, String setName, List<PsProperty> properties, int depth) {
        if (properties.isEmpty() && setName == null) {
            return;
        }
        start(tag, setName);
        for (PsProperty p : properties) {
            if (p.value() instanceof PsMemberSet set) {
                properties("MS", p.name(), set.members(), depth);
            } else {
                value(p.value(), p.name(), depth);
            }
        }
        xml.writeEndElement();
    }

    private void start(String tag, String name) {
        xml.writeStartElement(tag);
        if (name != null) {
            xml.writeAttributeString("N", ClixmlEscaping.encode(name));
        }
    }
}
