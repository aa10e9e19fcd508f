package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-PSDrive: the drives of the session (the FileSystem drives {@code /}, {@code Temp:} and those
 * New-PSDrive made, and Alias:, Env:, Function:, Variable:), by name (wildcards allowed) and provider.
 */
@UsesFileSystem
@Cmdlet(verb = "Get", noun = "PSDrive", defaultParameterSetName = "Name")
public final class GetPSDriveCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Name", valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter(position = 0, parameterSetName = "LiteralName", mandatory = true,
            valueFromPipelineByPropertyName = true)
    private String[] literalName;

    @Parameter(position = 1, valueFromPipelineByPropertyName = true)
    private String[] pSProvider;

    @Override
    protected void processRecord() {
        List<ProviderInfo> providers = providers();
        if (providers.isEmpty()) {
            return;
        }
        boolean literal = literalName != null;
        String[] names = literal ? literalName : name == null ? new String[] {"*"} : name;
        for (String n : names) {
            List<PSDriveInfo> found = new ArrayList<>();
            WildcardPattern pattern = new WildcardPattern(literal ? WildcardPattern.escape(n) : n,
                    WildcardPattern.IGNORE_CASE);
            for (PSDriveInfo drive : PSDriveInfo.all(sessionState())) {
                if (pattern.isMatch(drive.name()) && providers.contains(drive.provider())) {
                    found.add(drive);
                }
            }
            if (found.isEmpty() && (literal || !WildcardPattern.containsWildcardCharacters(n))) {
                writeError(errorRecord("Cannot find drive. A drive with the name '" + n + "' does not exist.",
                        "GetLocationNoMatchingDrive", ErrorCategory.ObjectNotFound, n, "DriveNotFoundException"));
            }
            for (PSDriveInfo drive : found) {
                writeObject(drive);
            }
        }
    }

    /** The providers -PSProvider names (all without it); a name without wildcards that names none is an error. */
    private List<ProviderInfo> providers() {
        if (pSProvider == null) {
            return ProviderInfo.ALL;
        }
        List<ProviderInfo> found = new ArrayList<>();
        for (String p : pSProvider) {
            List<ProviderInfo> matched = ProviderInfo.matching(p);
            if (matched.isEmpty() && !WildcardPattern.containsWildcardCharacters(p)) {
                writeError(ProviderInfo.notFound(p));
            }
            found.addAll(matched);
        }
        return found;
    }
}
