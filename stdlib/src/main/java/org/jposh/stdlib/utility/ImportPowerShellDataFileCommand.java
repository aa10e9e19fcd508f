package org.jposh.stdlib.utility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.HashtableAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * Import-PowerShellDataFile: the first hashtable of a .psd1 file (pwsh's {@code Ast.SafeGetValue}), provided it
 * holds only what {@link SafeValue} allows; anything else stops the command with pwsh's "dynamic expression"
 * error. A file that does not parse, or has no hashtable, is an error of its own and the other paths go on.
 */
@UsesFileSystem
@Cmdlet(verb = "Import", noun = "PowerShellDataFile", defaultParameterSetName = "ByPath")
public final class ImportPowerShellDataFileCommand extends PSCmdlet {
    @Parameter(mandatory = true, position = 0, parameterSetName = "ByPath")
    @ValidateNotNullOrEmpty
    private String[] path;

    @Parameter(mandatory = true, position = 0, parameterSetName = "ByLiteralPath",
            valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean skipLimitCheck;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        for (String given : literal ? literalPath : path) {
            Path file;
            try {
                file = new FileSystemProvider(sessionState()).resolveFilePath(given, literal);
            } catch (ProviderException e) {
                throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                        e.exceptionType()));
            }
            if (Files.isRegularFile(file)) {
                importFile(file);
            } else {
                writeError(errorRecord("Cannot find path '" + given + "' because it does not exist.", "PathNotFound",
                        ErrorCategory.InvalidArgument, given, "ArgumentException"));
            }
        }
    }

    private void importFile(Path file) {
        ScriptBlockAst script;
        try {
            script = ScriptParser.parse(ScriptSource.read(file));
        } catch (ParseException | IOException e) {
            invalidDataFile(file, "CouldNotParseAsPowerShellDataFile");
            return;
        }
        HashtableAst data = AstSearcher.find(script, HashtableAst.class, false);
        if (data == null) {
            invalidDataFile(file, "CouldNotParseAsPowerShellDataFileNoHashtableRoot");
            return;
        }
        if (!SafeValue.isSafe(data, skipLimitCheck)) {
            throw dynamicExpression(data);
        }
        // Safe means constants, arrays, hashtables, casts to primitive types and $true/$false/$null/$args:
        // evaluating the text cannot run a command or read other state. Inside try, a failing cast ends the
        // evaluation instead of leaving a statement's error behind, as pwsh's SafeGetValue fails.
        try {
            Object args = sessionState().currentScope().get("args");
            writeObject(ScriptBlock.create("try {\n" + data.extent().text() + "\n} catch { throw }").invoke(null, null,
                    args instanceof Object[] array ? array : new Object[0]));
        } catch (PoshException e) {
            throw dynamicExpression(data);
        }
    }

    private PoshException dynamicExpression(HashtableAst data) {
        return throwTerminatingError(errorRecord("Cannot generate a PowerShell object for a ScriptBlock evaluating "
                + "dynamic expressions. Dynamic expression: " + data.extent().text() + ".",
                "System.InvalidOperationException", ErrorCategory.NotSpecified, null, "InvalidOperationException"));
    }

    private void invalidDataFile(Path file, String errorId) {
        writeError(errorRecord("The file '" + file + "' could not be parsed as a PowerShell Data File.", errorId,
                ErrorCategory.InvalidData, file.toString(), "InvalidOperationException"));
    }
}
