package org.jposh.grammar.ast;

import java.util.List;

/**
 * What the {@code #requires} lines of a script ask for: a PowerShell version (as written, such as "7.2"), editions,
 * modules (each a module name as a string constant or a module specification hashtable), assemblies, a shell id,
 * and whether the script must run elevated. Absent requirements are null or empty.
 */
public record ScriptRequirements(String requiredApplicationId, String requiredPSVersion,
        List<String> requiredPSEditions, List<ExpressionAst> requiredModules, List<String> requiredAssemblies,
        boolean elevationRequired) {
    public ScriptRequirements {
        requiredPSEditions = List.copyOf(requiredPSEditions);
        requiredModules = List.copyOf(requiredModules);
        requiredAssemblies = List.copyOf(requiredAssemblies);
    }
}
