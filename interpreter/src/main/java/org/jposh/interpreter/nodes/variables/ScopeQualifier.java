package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Locale;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.commands.FunctionInfo;

/**
 * The scope or drive a qualified variable names ({@code $global:x}, {@code $script:x}, {@code $local:x},
 * {@code $private:x}, {@code $env:PATH}, {@code ${function:f}}), with how each reads and writes.
 */
public enum ScopeQualifier {
    GLOBAL, SCRIPT, LOCAL, PRIVATE, ENV, FUNCTION;

    /** The qualifier a variable path's drive names, or null for none ({@code variable:} is none too). */
    public static ScopeQualifier of(String drive) {
        if (drive == null || drive.equalsIgnoreCase("variable")) {
            return null;
        }
        return switch (drive.toLowerCase(Locale.ROOT)) {
            case "global" -> GLOBAL;
            case "script" -> SCRIPT;
            case "local" -> LOCAL;
            case "private" -> PRIVATE;
            case "env" -> ENV;
            case "function" -> FUNCTION;
            default -> null;
        };
    }

    /**
     * The value, or {@link SessionStateScope#UNSET} when a scope qualifier names a variable that is not
     * set (strict mode's concern); the {@code env:} and {@code function:} drives read $null then.
     */
    @TruffleBoundary
    Object read(SessionState sessionState, SessionStateScope current, String name) {
        return switch (this) {
            case GLOBAL -> sessionState.global().getLocal(name);
            case SCRIPT -> current.scriptScope().find(name);
            case LOCAL, PRIVATE -> current.getLocal(name);
            case ENV -> sessionState.getEnvironmentVariable(name);
            case FUNCTION -> {
                FunctionInfo function = current.getFunction(name);
                yield function == null ? null : function.scriptBlock();
            }
        };
    }

    @TruffleBoundary
    void write(SessionState sessionState, SessionStateScope current, String name, Object value) {
        switch (this) {
            case GLOBAL -> sessionState.global().set(name, value);
            case SCRIPT -> current.scriptScope().set(name, value);
            case LOCAL -> current.set(name, value);
            case PRIVATE -> {
                current.set(name, value);
                current.getLocalVariable(name).addOption(ScopedItemOptions.Private);
            }
            case ENV -> sessionState.setEnvironmentVariable(name, value == null ? null
                    : LanguagePrimitives.toStringValue(value));
            case FUNCTION -> {
                if (value == null) {
                    current.removeFunction(name);
                } else if (value instanceof ScriptBlock block) {
                    current.setFunction(new FunctionInfo(name, block));
                }
            }
        }
    }

    /** The scope a typed or option-carrying variable, or a function, with this qualifier is created in. */
    @TruffleBoundary
    public SessionStateScope scope(SessionState sessionState, SessionStateScope current) {
        return switch (this) {
            case GLOBAL -> sessionState.global();
            case SCRIPT -> current.scriptScope();
            default -> current;
        };
    }
}
