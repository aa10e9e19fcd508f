package org.jposh.interpreter.nodes.controlflow;

import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;

/**
 * {@code switch -File path}: the lines of the file, read one at a time as the switch goes (UTF-8, a byte
 * order mark skipped; lines end at CR, LF or CRLF, as .NET's StreamReader.ReadLine reads them). A relative
 * path is relative to the session's location. Wildcards in the path are not expanded yet.
 */
public final class FileLinesNode extends CursorNode {
    @Child private ExpressionNode path;

    public FileLinesNode(ExpressionNode path) {
        this.path = path;
    }

    @Override
    ElementCursor executeCursor(VirtualFrame frame) {
        return open(path.executeGeneric(frame), ScriptBlockRootNode.context(frame).sessionState().location());
    }

    @TruffleBoundary
    private ElementCursor open(Object value, Path location) {
        String name = LanguagePrimitives.isNull(value) ? "" : LanguagePrimitives.toStringValue(value);
        if (name.isEmpty()) {
            throw error("The file name argument to -file in the switch statement is not valid.",
                    "InvalidFilenameOption", ErrorCategory.InvalidOperation, name, "RuntimeException");
        }
        Path file = SessionState.resolveFileSystemPath(location, name);
        if (!Files.exists(file)) {
            throw error("Cannot find path '" + file + "' because it does not exist.", "PathNotFound",
                    ErrorCategory.ObjectNotFound, file.toString(), "ItemNotFoundException");
        }
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("Access to the path '" + file + "' is denied.");
            }
            return new LineCursor(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw error(readErrorMessage(e), "FileReadError", ErrorCategory.InvalidOperation, file.toString(),
                    "RuntimeException");
        }
    }

    private PoshException error(String message, String errorId, ErrorCategory category, String target,
                                String exceptionType) {
        return new PoshException(new ErrorRecord(message, errorId, category, target, null, exceptionType, extent()),
                this);
    }

    private static String readErrorMessage(IOException e) {
        return "The file could not be read: " + e.getMessage() + ".";
    }

    private static final class LineCursor extends ElementCursor {
        private final BufferedReader reader;
        private String line;
        private boolean first = true;

        LineCursor(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        @TruffleBoundary
        boolean hasNext() {
            if (line == null) {
                try {
                    line = reader.readLine();
                } catch (IOException e) {
                    throw new PSRuntimeException("FileReadError", ErrorCategory.InvalidOperation,
                            readErrorMessage(e));
                }
                if (first && line != null && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
            }
            return line != null;
        }

        @Override
        Object next() {
            String result = line;
            line = null;
            return result;
        }

        @Override
        @TruffleBoundary
        void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written, so nothing is lost
            }
        }
    }
}
