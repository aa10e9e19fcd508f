package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * What the variable cmdlets share (pwsh's VariableCommandBase): finding the variables a name pattern,
 * -Include and -Exclude select, either in one scope (-Scope) or visible from the current scope.
 */
abstract class VariableCommandBase extends PSCmdlet {
    /** A variable and the scope that holds it. */
    record Found(PSVariable variable, SessionStateScope scope) {
    }

    /** The scope -Scope names, or the current one; a bad -Scope stops the command. */
    protected final SessionStateScope scope(String scope) {
        try {
            return ScopeArgument.resolve(sessionState(), scope);
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, scope));
        }
    }

    /**
     * The variables matching {@code pattern}, sorted by name: those of the scope -Scope names, or
     * without -Scope those visible from the current scope (the innermost of each name; private
     * variables of outer scopes are not visible).
     */
    protected final List<Found> matching(String pattern, String scope, String[] include, String[] exclude) {
        WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
        List<WildcardPattern> includes = Wildcards.patterns(include);
        List<WildcardPattern> excludes = Wildcards.patterns(exclude);
        Map<String, Found> visible = new LinkedHashMap<>();
        SessionStateScope first = scope(scope);
        for (SessionStateScope s = first; s != null; s = scope == null || scope.isEmpty() ? s.parent() : null) {
            for (PSVariable variable : s.localVariables().values()) {
                String key = variable.getName().toLowerCase(Locale.ROOT);
                if (!visible.containsKey(key) && (s == first || !variable.isPrivate())) {
                    visible.put(key, new Found(variable, s));
                }
            }
        }
        List<Found> result = new ArrayList<>();
        for (Found found : visible.values()) {
            String name = found.variable().getName();
            if (wildcard.isMatch(name) && (includes.isEmpty() || Wildcards.matchesAny(includes, name))
                    && !Wildcards.matchesAny(excludes, name)) {
                result.add(found);
            }
        }
        result.sort((a, b) -> a.variable().getName().compareToIgnoreCase(b.variable().getName()));
        return result;
    }

    /** The error for a name without wildcards that matched no variable. */
    protected final void writeNotFound(String name) {
        writeError(errorRecord("Cannot find a variable with the name '" + name + "'.", "VariableNotFound",
                ErrorCategory.ObjectNotFound, name, "ItemNotFoundException"));
    }

    protected final void writeNotWritable(String name) {
        writeError(errorRecord("Cannot overwrite variable " + name + " because it is read-only or constant.",
                "VariableNotWritable", ErrorCategory.WriteError, name, "SessionStateUnauthorizedAccessException"));
    }

    /** Whether a name that matched nothing must be reported: a plain name, not a pattern. */
    protected static boolean reportsNotFound(String name) {
        return !WildcardPattern.containsWildcardCharacters(name);
    }
}
