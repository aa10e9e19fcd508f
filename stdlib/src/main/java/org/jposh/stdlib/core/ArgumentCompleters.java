package org.jposh.stdlib.core;

import java.util.Map;
import java.util.TreeMap;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;

/**
 * The argument completers Register-ArgumentCompleter registered in a session (pwsh's CustomArgumentCompleters
 * and NativeArgumentCompleters): for a parameter of PowerShell commands, keyed {@code Command:Parameter} or
 * {@code Parameter} for every command, and for native commands, keyed by the command's name. Tab completion
 * asks them before its own completions.
 */
public final class ArgumentCompleters {
    private final Map<String, ScriptBlock> custom = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, ScriptBlock> nativeCommands = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public static ArgumentCompleters of(SessionState sessionState) {
        return sessionState.extension(ArgumentCompleters.class, ArgumentCompleters::new);
    }

    /** The completer of a PowerShell command's parameter: the command's own, else the one for every command; or null. */
    public synchronized ScriptBlock forParameter(String commandName, String parameterName) {
        ScriptBlock completer = custom.get(commandName + ":" + parameterName);
        return completer != null ? completer : custom.get(parameterName);
    }

    /** The completer of a native command's arguments, or null. */
    public synchronized ScriptBlock forNativeCommand(String commandName) {
        return nativeCommands.get(commandName);
    }

    /** Registers a completer, or removes the one registered under the key when {@code completer} is null. */
    synchronized void set(boolean nativeCommand, String key, ScriptBlock completer) {
        Map<String, ScriptBlock> table = nativeCommand ? nativeCommands : custom;
        if (completer == null) {
            table.remove(key);
        } else {
            table.put(key, completer);
        }
    }
}
