package org.jposh.interpreter.commands;

import java.util.List;
import org.jposh.interpreter.runtime.SessionState;

/**
 * Expands a wildcard argument of a program against the file system, as pwsh on Unix does for arguments not
 * written in quotes (NativeCommandParameterBinder.PossiblyGlobArg), and the path of {@code switch -File}. The
 * library that implements the FileSystem provider (the standard library) sets one on each session
 * ({@link SessionState#setNativeArgumentGlobber}).
 */
public interface NativeArgumentGlobber {
    /**
     * The paths a pattern names, in the provider's order: relative to the session's location unless the pattern
     * starts with {@code ~} or {@code /}. Empty when it names nothing, is not a valid pattern, or names items of
     * another provider ({@code env:ps*}): the program then gets the pattern as written.
     */
    List<String> expand(SessionState session, String pattern);
}
