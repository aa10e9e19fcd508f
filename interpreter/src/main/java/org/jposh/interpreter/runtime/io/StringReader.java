package org.jposh.interpreter.runtime.io;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/** System.IO.StringReader: the characters of a string, read as a TextReader. */
public final class StringReader extends TextReader {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "StringReader",
            StringReader.class, TextReader.TYPE, StringReader::defineMembers));

    public StringReader(String text) {
        super(text.toCharArray(), text.length());
    }

    @Override
    protected int fill(char[] into) {
        return -1;
    }

    @Override
    protected void release() {
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("s");
            }
            return new StringReader((String) a[0]);
        }, TypeAdapter.param("s", CoreTypes.STRING));
    }
}
