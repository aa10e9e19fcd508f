package org.jposh.interpreter.runtime.io;

import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * The System.IO types of streams, readers and writers, known by name before their classes load
 * ({@link #registerLazily}), and what they share.
 */
public final class IOTypes {
    private IOTypes() {
    }

    /** Called by CoreTypes: {@code [System.IO.StreamReader]} and the others resolve on first use. */
    public static void registerLazily() {
        CoreTypes.registerLazily("System.IO.Stream", () -> Stream.TYPE);
        CoreTypes.registerLazily("System.IO.SeekOrigin", () -> Stream.SEEK_ORIGIN);
        CoreTypes.registerLazily("System.IO.FileStream", () -> FileStream.TYPE);
        CoreTypes.registerLazily("System.IO.FileMode", () -> FileStream.FILE_MODE);
        CoreTypes.registerLazily("System.IO.FileAccess", () -> FileStream.FILE_ACCESS);
        CoreTypes.registerLazily("System.IO.FileShare", () -> FileStream.FILE_SHARE);
        CoreTypes.registerLazily("System.IO.MemoryStream", () -> MemoryStream.TYPE);
        CoreTypes.registerLazily("System.IO.TextReader", () -> TextReader.TYPE);
        CoreTypes.registerLazily("System.IO.StreamReader", () -> StreamReader.TYPE);
        CoreTypes.registerLazily("System.IO.StringReader", () -> StringReader.TYPE);
        CoreTypes.registerLazily("System.IO.TextWriter", () -> TextWriter.TYPE);
        CoreTypes.registerLazily("System.IO.StreamWriter", () -> StreamWriter.TYPE);
        CoreTypes.registerLazily("System.IO.StringWriter", () -> StringWriter.TYPE);
    }

    /** The checks .NET's TextReader.Read and TextWriter.Write make of a (char[] buffer, index, count) range. */
    static void checkCharRange(Character[] buffer, int index, int count) {
        if (buffer == null) {
            throw DotNetException.argumentNull("buffer");
        }
        if (index < 0) {
            throw DotNetException.argumentOutOfRange("index", "Non-negative number required.");
        }
        if (count < 0) {
            throw DotNetException.argumentOutOfRange("count", "Non-negative number required.");
        }
        if (buffer.length - index < count) {
            throw DotNetException.argument("Offset and length were out of bounds for the array or count is greater "
                    + "than the number of elements from index to the end of the source collection.", null);
        }
    }

    static DotNetType registered(DotNetType type) {
        CoreTypes.register(type);
        return type;
    }

    /** Close() and Dispose(): the same, and harmless when repeated. */
    static void defineClose(TypeAdapter.Builder b) {
        for (String name : new String[] {"Close", "Dispose"}) {
            b.method(name, CoreTypes.VOID, (o, a) -> {
                ((Disposable) o).close();
                return AutomationNull.VALUE;
            });
        }
    }
}
