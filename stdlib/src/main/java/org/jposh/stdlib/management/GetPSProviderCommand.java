package org.jposh.stdlib.management;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-PSProvider: the providers (Alias, Environment, FileSystem, Function, Variable), all of them or
 * those named (wildcards allowed; a name without wildcards that names none is an error).
 */
@Cmdlet(verb = "Get", noun = "PSProvider")
public final class GetPSProviderCommand extends CoreCommandBase {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String[] pSProvider;

    @Override
    protected void processRecord() {
        if (pSProvider == null) {
            ProviderInfo.ALL.forEach(this::writeObject);
            return;
        }
        for (String name : pSProvider) {
            List<ProviderInfo> matched = ProviderInfo.matching(name);
            if (matched.isEmpty() && !WildcardPattern.containsWildcardCharacters(name)) {
                writeError(ProviderInfo.notFound(name));
            }
            matched.forEach(this::writeObject);
        }
    }
}
