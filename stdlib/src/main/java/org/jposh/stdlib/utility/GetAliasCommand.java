package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-Alias: the session's aliases whose names (or with -Definition, whose definitions) match, sorted
 * by name. A name without wildcards that matches nothing is an error. Aliases are per session in JPosh
 * (see AliasTable), so -Scope is checked but every scope sees the same aliases.
 */
@Cmdlet(verb = "Get", noun = "Alias", defaultParameterSetName = "Default")
public final class GetAliasCommand extends AliasCommandBase {
    @Parameter(parameterSetName = "Default", position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter
    private String[] exclude;

    @Parameter
    private String scope;

    @Parameter(parameterSetName = "Definition")
    private String[] definition;

    @Override
    protected void processRecord() {
        checkScope(scope);
        boolean byDefinition = parameterSetName().equals("Definition");
        String[] patterns = byDefinition ? definition : name == null ? new String[] {"*"} : name;
        for (String pattern : patterns) {
            writeMatches(pattern, byDefinition);
        }
    }

    private void writeMatches(String pattern, boolean byDefinition) {
        WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
        List<WildcardPattern> excludes = Wildcards.patterns(exclude);
        List<AliasInfo> matches = new ArrayList<>();
        for (AliasInfo alias : sessionState().aliases().all()) {
            String key = byDefinition ? alias.definition() : alias.name();
            if (wildcard.isMatch(key) && !Wildcards.matchesAny(excludes, key)) {
                matches.add(alias);
            }
        }
        for (AliasInfo alias : matches) {
            writeObject(alias);
        }
        if (matches.isEmpty() && !WildcardPattern.containsWildcardCharacters(pattern) && excludes.isEmpty()) {
            writeError(errorRecord("This command cannot find a matching alias because an alias with the "
                    + (byDefinition ? "definition" : "name") + " '" + pattern + "' does not exist.",
                    "ItemNotFoundException", ErrorCategory.ObjectNotFound, pattern, "ItemNotFoundException"));
        }
    }
}
