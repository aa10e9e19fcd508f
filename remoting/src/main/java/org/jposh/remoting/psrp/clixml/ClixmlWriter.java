package org.jposh.remoting.psrp.clixml;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes model values (see {@link ClixmlReader}) as CLIXML the way PowerShell's serializer does, so
 * that a real peer reading our output sees what it would see from pwsh, and so that data read from a
 * pwsh peer is written back byte for byte:
 *
 * <ul>
 *   <li>no whitespace, no XML declaration, {@code " />"} for empty elements (but {@code <S></S>}
 *       for an empty string, as pwsh's serializer writes it), attributes in the order {@code N},
 *       {@code RefId};</li>
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
    private final Map<PsObjectData, Integer> objectRefIds = new IdentityHashMap<>();
    private final Map<List<String>, Integer> typeNameRefIds = new HashMap<>();
    private int nesting;

    private ClixmlWriter() {
    }

    /** One value as a PSRP message body: a single element, no namespace, unlimited depth. */
    public static String write(Object value) {
        return write(value, UNLIMITED_DEPTH);
    }

    /** One value as a PSRP message body, written to the given depth. */
    public static String write(Object value, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("Depth cannot be negative: " + depth);
        }
        ClixmlWriter w = new ClixmlWriter();
        w.value(value, null, depth);
        return w.out.toString();
    }

    /**
     * Values as an Export-Clixml document ({@code <Objs Version="1.1.0.1" xmlns="...">}), each
     * written to the given depth; references are shared across the document.
     */
    public static String writeDocument(List<?> values, int depth) {
        ClixmlWriter w = new ClixmlWriter();
        w.out.append("<Objs Version=\"1.1.0.1\" xmlns=\"").append(ClixmlReader.NAMESPACE).append("\">");
        for (Object v : values) {
            w.value(v, null, depth);
        }
        w.out.append("</Objs>");
        return w.out.toString();
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
                out.append(" />");
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
        out.append('>');
        text(primitive.format(value));
        end(primitive.tag());
    }

    private void object(PsObjectData obj, String name, int depth) {
        Integer refId = objectRefIds.get(obj);
        if (refId != null) {
            start("Ref", name);
            out.append(" RefId=\"").append(refId).append("\" />");
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
        out.append(" RefId=\"").append(refId).append("\">");
        int contentStart = out.length();
        typeNames(obj.typeNames());
        if (obj.toStringValue() != null) {
            elementString("ToString", obj.toStringValue());
        }
        baseValue(obj.baseValue(), depth);
        properties("Props", null, obj.adaptedProperties(), depth == UNLIMITED_DEPTH ? depth : depth - 1);
        properties("MS", null, obj.extendedProperties(), depth);
        if (out.length() == contentStart) {
            // Like .NET's XmlWriter, an element that got no content is closed in its start tag.
            out.setLength(contentStart - 1);
            out.append(" />");
        } else {
            end("Obj");
        }
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
            out.append("<TNRef RefId=\"").append(refId).append("\" />");
            return;
        }
        refId = typeNameRefIds.size();
        typeNameRefIds.put(List.copyOf(names), refId);
        out.append("<TN RefId=\"").append(refId).append("\">");
        for (String n : names) {
            elementString("T", n);
        }
        out.append("</TN>");
    }

    /**
     * An escaped string element as .NET's WriteElementString writes it: an empty value gives an
     * empty element ({@code <ToString />}), unlike string values, which pwsh writes with WriteString
     * and so as {@code <S></S>}.
     */
    private void elementString(String tag, String value) {
        if (value.isEmpty()) {
            out.append('<').append(tag).append(" />");
            return;
        }
        out.append('<').append(tag).append('>');
        text(ClixmlEscaping.encode(value));
        end(tag);
    }

    private void baseValue(Object base, int depth) {
        if (base instanceof PsCollection c) {
            if (c.items().isEmpty()) {
                out.append('<').append(c.kind().tag()).append(" />");
                return;
            }
            out.append('<').append(c.kind().tag()).append('>');
            for (Object item : c.items()) {
                value(item, null, depth);
            }
            end(c.kind().tag());
        } else if (base instanceof PsDictionary d) {
            if (d.entries().isEmpty()) {
                out.append("<DCT />");
                return;
            }
            out.append("<DCT>");
            for (PsDictionary.Entry e : d.entries()) {
                out.append("<En>");
                value(e.key(), "Key", depth);
                value(e.value(), "Value", depth);
                out.append("</En>");
            }
            out.append("</DCT>");
        } else if (base != null) {
            value(base, null, depth);
        }
    }

    private void properties(String tag, String setName, List<PsProperty> properties, int depth) {
        if (properties.isEmpty() && setName == null) {
            return;
        }
        start(tag, setName);
        if (properties.isEmpty()) {
            out.append(" />");
            return;
        }
        out.append('>');
        for (PsProperty p : properties) {
            if (p.value() instanceof PsMemberSet set) {
                properties("MS", p.name(), set.members(), depth);
            } else {
                value(p.value(), p.name(), depth);
            }
        }
        end(tag);
    }

    private void start(String tag, String name) {
        out.append('<').append(tag);
        if (name != null) {
            out.append(" N=\"");
            attribute(ClixmlEscaping.encode(name));
            out.append('"');
        }
    }

    private void end(String tag) {
        out.append("</").append(tag).append('>');
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }

    private void attribute(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
