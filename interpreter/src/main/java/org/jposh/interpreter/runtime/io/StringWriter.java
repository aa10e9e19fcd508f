package org.jposh.interpreter.runtime.io;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TextEncoding;
import org.jposh.interpreter.runtime.TypeAdapter;

/** System.IO.StringWriter: text written to a StringBuilder; ToString() gives it, also after Close. */
public final class StringWriter extends TextWriter {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "StringWriter",
            StringWriter.class, TextWriter.TYPE, StringWriter::defineMembers));

    private final StringBuilder text;

    public StringWriter(StringBuilder text) {
        this.text = text;
    }

    @Override
    protected void append(String s) {
        text.append(s);
    }

    @Override
    protected void flushText() {
    }

    @Override
    protected void release() {
    }

    /** .NET's StringWriter reports UTF-16 (little-endian, no byte-order mark), the encoding of its string. */
    @Override
    public TextEncoding encoding() {
        return TextEncoding.unicode(false, false);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new StringWriter(new StringBuilder()));
        b.constructor((t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("sb");
            }
            return new StringWriter((StringBuilder) a[0]);
        }, TypeAdapter.param("sb", CoreTypes.STRING_BUILDER));
        b.method("GetStringBuilder", CoreTypes.STRING_BUILDER, (w, a) -> ((StringWriter) w).text);
        b.method("ToString", CoreTypes.STRING, (w, a) -> w.toString());
    }
}
