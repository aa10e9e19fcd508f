package org.jposh.stdlib.utility;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.Match;

/**
 * Microsoft.PowerShell.Commands.MatchInfo, what Select-String writes for each matching line. Its
 * string is the line, prefixed with {@code path:number:} when it came from a file.
 */
public final class MatchInfo {
    private static final String INPUT_STREAM = "InputStream";

    static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "MatchInfo", MatchInfo.class,
            b -> b.property("IgnoreCase", CoreTypes.BOOLEAN, m -> ((MatchInfo) m).ignoreCase)
                    .property("LineNumber", CoreTypes.INT64, m -> ((MatchInfo) m).lineNumber)
                    .property("Line", CoreTypes.STRING, m -> ((MatchInfo) m).line)
                    .property("Filename", CoreTypes.STRING, m -> ((MatchInfo) m).filename())
                    .property("Path", CoreTypes.STRING, m -> ((MatchInfo) m).path())
                    .property("Pattern", CoreTypes.STRING, m -> ((MatchInfo) m).pattern)
                    .property("Context", CoreTypes.OBJECT, m -> null)
                    .property("Matches", CoreTypes.MATCH.arrayType(), m -> ((MatchInfo) m).matches));

    static {
        CoreTypes.register(TYPE);
    }

    private final boolean ignoreCase;
    private final String line;
    private final String pattern;
    private final Match[] matches;
    private long lineNumber;
    private Path file;

    MatchInfo(boolean ignoreCase, String line, String pattern, Match[] matches) {
        this.ignoreCase = ignoreCase;
        this.line = line;
        this.pattern = pattern;
        this.matches = matches;
    }

    void setLineNumber(long lineNumber) {
        this.lineNumber = lineNumber;
    }

    void setFile(Path file) {
        this.file = file;
    }

    String line() {
        return line;
    }

    String path() {
        return file == null ? INPUT_STREAM : file.toString();
    }

    String filename() {
        return file == null ? INPUT_STREAM : file.getFileName().toString();
    }

    @Override
    public String toString() {
        return file == null ? line : file + ":" + lineNumber + ":" + line;
    }
}
