package org.jposh.stdlib.utility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.RestrictedLanguageChecker;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CultureInfo;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.stdlib.management.FileSystemProvider;

/**
 * Import-LocalizedData: the data file ({@code <name>.psd1}) for the UI culture, found in the culture's folder
 * under the base directory, then its parent cultures' (en-US, en), then en-US's when the culture was not named,
 * then the base directory itself; run in restricted language (literals, {@code if}, ConvertFrom-StringData and the
 * -SupportedCommand commands), its value written or put in -BindingVariable (in the caller's scope unless
 * qualified). The base directory and file name default to the calling script's.
 */
@UsesFileSystem
@Cmdlet(verb = "Import", noun = "LocalizedData")
public final class ImportLocalizedDataCommand extends PSCmdlet {
    @Parameter(position = 0)
    @Alias("Variable")
    private String bindingVariable;

    @Parameter(position = 1)
    private String uiCulture;

    @Parameter
    private String baseDirectory;

    @Parameter
    private String fileName;

    @Parameter
    private String[] supportedCommand;

    @Override
    protected void processRecord() {
        Path file = dataFile();
        if (file == null) {
            return;
        }
        String script;
        try {
            script = Files.readString(file);
        } catch (IOException e) {
            writeError(errorRecord("The following error occurred while PowerShell was opening the data file '" + file
                    + "':\n" + e.getMessage() + ".", "ImportLocalizedData", ErrorCategory.OpenError, file.toString(),
                    "PSInvalidOperationException"));
            return;
        }
        Object result;
        try {
            // -SupportedCommand replaces the default list, as in pwsh
            List<String> allowed = supportedCommand != null ? List.of(supportedCommand) : List.of("ConvertFrom-StringData");
            RestrictedLanguageChecker.checkScript(ScriptParser.parse(new ScriptSource(file.toString(), script)),
                    allowed);
            result = ScriptBlock.create(script).invoke(null, null, new Object[0]);
        } catch (ParseException | PSRuntimeException e) {
            throw loadingFailed(file, e.getMessage());
        }
        if (result == AutomationNull.VALUE) {
            result = null;
        }
        if (bindingVariable == null) {
            writeObject(result);
            return;
        }
        bind(result);
    }

    /** The value goes into the variable of the scope the name qualifies (the caller's own when unqualified). */
    private void bind(Object value) {
        int colon = bindingVariable.indexOf(':');
        String name = colon < 0 ? bindingVariable : bindingVariable.substring(colon + 1);
        if (name.isEmpty()) {
            writeError(errorRecord("The BindingVariable name '" + bindingVariable + "' is invalid.",
                    "ImportLocalizedData", ErrorCategory.InvalidArgument, bindingVariable, "PSInvalidOperationException"));
            return;
        }
        SessionStateScope caller = sessionState().currentScope();
        SessionStateScope scope = colon < 0 ? caller : caller.qualifiedScope(bindingVariable.substring(0, colon));
        PSVariable existing = scope.getLocalVariable(name);
        if (existing != null) {
            existing.setValue(value);
        } else {
            scope.set(name, value);
        }
    }

    /** The data file for the culture, or null after writing why there is none. */
    private Path dataFile() {
        String scriptFile = invocationExtent() == null ? null : invocationExtent().file();
        if ((fileName == null || fileName.isEmpty()) && scriptFile == null) {
            throw throwTerminatingError(errorRecord("The FileName parameter was not specified. The FileName parameter "
                    + "is required when Import-LocalizedData is not called from a script file.", "ImportLocalizedData",
                    ErrorCategory.InvalidOperation, null, "PSInvalidOperationException"));
        }
        String directory = baseDirectory;
        if (directory == null || directory.isEmpty()) {
            directory = scriptFile != null ? Path.of(scriptFile).getParent().toString() : ".";
        }
        Path base = new FileSystemProvider(sessionState()).resolve(directory);
        String name = fileName;
        if (name == null || name.isEmpty()) {
            name = Path.of(scriptFile).getFileName().toString();
        } else if (name.contains("/") || name.contains("\\")) {
            throw throwTerminatingError(errorRecord("The argument for the FileName parameter should not contain a path.",
                    "ImportLocalizedData", ErrorCategory.InvalidOperation, null, "PSInvalidOperationException"));
        }
        int dot = name.lastIndexOf('.');
        String dataFileName = (dot > 0 ? name.substring(0, dot) : name) + ".psd1";
        CultureInfo culture = culture();
        List<CultureInfo> cultures = new ArrayList<>(List.of(culture));
        if (uiCulture == null && !culture.name().equals("en-US")) {
            cultures.add(CultureInfo.get("en-US"));
        }
        for (CultureInfo first : cultures) {
            for (CultureInfo c = first; !c.name().isEmpty(); c = c.parent()) {
                Path candidate = base.resolve(c.name()).resolve(dataFileName);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        Path candidate = base.resolve(dataFileName);
        if (Files.isRegularFile(candidate)) {
            return candidate;
        }
        writeError(errorRecord("Cannot find the PowerShell data file '" + dataFileName + "' in directory '"
                + base.resolve(culture.name()) + "', or in any parent culture directories.", "ImportLocalizedData",
                ErrorCategory.ObjectNotFound, base.resolve(culture.name()).resolve(dataFileName).toString(),
                "PSInvalidOperationException"));
        return null;
    }

    private CultureInfo culture() {
        if (uiCulture == null) {
            return CultureInfo.currentUI();
        }
        try {
            return CultureInfo.get(uiCulture);
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord("Cannot process argument because the value of argument \"Culture\""
                    + " is not valid.", "System.Management.Automation.PSArgumentException", ErrorCategory.InvalidArgument,
                    null, "PSArgumentException"));
        }
    }

    private PoshException loadingFailed(Path file, String reason) {
        return throwTerminatingError(errorRecord("The following error occurred while PowerShell was loading the '" + file
                + "' script data file:\n" + reason, "ImportLocalizedData", ErrorCategory.InvalidOperation, null,
                "PSInvalidOperationException"));
    }
}
