package org.jposh.stdlib.utility;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Match;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.Regex;

/**
 * Select-String: the input strings, or the lines of files, that match one of the patterns (regular
 * expressions unless -SimpleMatch; case-insensitive unless -CaseSensitive), as MatchInfo objects, the
 * lines themselves (-Raw) or a boolean (-Quiet). -Context is not supported yet.
 */
@Cmdlet(verb = "Select", noun = "String", defaultParameterSetName = "File")
public final class SelectStringCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true, mandatory = true, parameterSetName = "Object")
    @AllowNull
    @AllowEmptyString
    private Object inputObject;

    @Parameter(position = 0, mandatory = true)
    private String[] pattern;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "File")
    private String[] path;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "LiteralFile")
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean simpleMatch;

    @Parameter
    private boolean caseSensitive;

    @Parameter
    private boolean quiet;

    @Parameter
    private boolean list;

    @Parameter
    private boolean raw;

    @Parameter
    private boolean notMatch;

    @Parameter
    private boolean allMatches;

    @Parameter
    @ValidateNotNullOrEmpty
    private String encoding;

    private Regex[] regexes;
    private long inputRecordNumber;
    private boolean done;

    @Override
    protected void beginProcessing() {
        if (simpleMatch) {
            return;
        }
        regexes = new Regex[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            try {
                regexes[i] = Regex.get(pattern[i], caseSensitive ? 0 : Regex.IGNORE_CASE);
            } catch (DotNetException | PSRuntimeException e) {
                throw throwTerminatingError(errorRecord("The string " + pattern[i] + " is not a valid regular "
                        + "expression: " + e.getMessage(), "InvalidRegex", ErrorCategory.InvalidArgument, null,
                        "ArgumentException"));
            }
        }
    }

    @Override
    protected void processRecord() {
        if (done) {
            return;
        }
        String[] files = path != null ? path : literalPath;
        if (files == null) {
            inputRecordNumber++;
            Object base = PSObject.base(inputObject);
            MatchInfo result = base instanceof MatchInfo previous ? rematch(previous)
                    : match(LanguagePrimitives.toStringValue(base));
            if (result != null) {
                if (!(base instanceof MatchInfo)) {
                    result.setLineNumber(inputRecordNumber);
                }
                done = emit(result) && quiet;
            }
            return;
        }
        checkFileSystemAccess();
        for (String name : files) {
            Path file = FileAccess.resolve(name);
            if (Files.isDirectory(file)) {
                continue;
            }
            if (!Files.exists(file)) {
                writeError(errorRecord("Cannot find path '" + file + "' because it does not exist.", "PathNotFound",
                        ErrorCategory.ObjectNotFound, file.toString(), "ItemNotFoundException"));
                continue;
            }
            if (searchFile(file) && quiet) {
                return;
            }
        }
        if (quiet) {
            writeObject(list ? null : Boolean.FALSE);
        }
    }

    /** @return whether the file had a match */
    private boolean searchFile(Path file) {
        boolean found = false;
        try (BufferedReader reader = new BufferedReader(FileEncoding.of(encoding).newReader(FileAccess.openForRead(file)))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                MatchInfo result = match(line);
                if (result != null) {
                    result.setFile(file);
                    result.setLineNumber(number);
                    found = true;
                    emit(result);
                    if (quiet || list) {
                        break;
                    }
                }
            }
        } catch (IOException | PSRuntimeException e) {
            writeError(errorRecord("The file " + file + " cannot be read: " + e.getMessage(), "ProcessingFile",
                    ErrorCategory.InvalidArgument, null, "ArgumentException"));
        }
        return found;
    }

    private boolean emit(MatchInfo result) {
        if (raw) {
            writeObject(result.line());
        } else if (quiet && !list) {
            writeObject(Boolean.TRUE);
        } else {
            writeObject(result);
        }
        return true;
    }

    /** A MatchInfo piped in is matched on its line and passed on as it is. */
    private MatchInfo rematch(MatchInfo previous) {
        return match(previous.line()) != null ? previous : null;
    }

    /** The MatchInfo of a line that matches (or, with -NotMatch, does not), else null. */
    MatchInfo match(String line) {
        for (int i = 0; i < pattern.length; i++) {
            Match[] matches = matchesOf(i, line);
            if (matches != null) {
                return notMatch ? null : new MatchInfo(!caseSensitive, line, pattern[i], matches);
            }
        }
        return notMatch ? new MatchInfo(!caseSensitive, line, pattern[0], new Match[0]) : null;
    }

    private Match[] matchesOf(int index, String line) {
        if (simpleMatch) {
            boolean found = caseSensitive ? line.contains(pattern[index])
                    : line.toLowerCase(Locale.ROOT).contains(pattern[index].toLowerCase(Locale.ROOT));
            return found ? new Match[0] : null;
        }
        if (allMatches && !notMatch) {
            List<Match> all = regexes[index].matches(line);
            return all.isEmpty() ? null : all.toArray(Match[]::new);
        }
        Match m = regexes[index].match(line);
        return m.success() ? new Match[] {m} : null;
    }
}
