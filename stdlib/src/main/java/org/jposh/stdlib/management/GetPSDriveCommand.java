package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-PSDrive: the drives of the session, by name (wildcards allowed) or provider. Only the
 * FileSystem provider's drives exist so far: {@code /} and {@code Temp:}.
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
        boolean literal = literalName != null;
        String[] names = literal ? literalName : name == null ? new String[] {"*"} : name;
        for (String n : names) {
            List<PSDriveInfo> found = new ArrayList<>();
            WildcardPattern pattern = new WildcardPattern(literal ? WildcardPattern.escape(n) : n,
                    WildcardPattern.IGNORE_CASE);
            for (PSDriveInfo drive : PSDriveInfo.all(sessionState())) {
                if (pattern.isMatch(drive.name()) && fromProvider()) {
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

    private boolean fromProvider() {
        if (pSProvider == null) {
            return true;
        }
        for (String p : pSProvider) {
            WildcardPattern pattern = new WildcardPattern(p, WildcardPattern.IGNORE_CASE);
            if (pattern.isMatch(ProviderInfo.FILE_SYSTEM.name()) || pattern.isMatch(ProviderInfo.FILE_SYSTEM.fullName())) {
                return true;
            }
        }
        return false;
    }
}
