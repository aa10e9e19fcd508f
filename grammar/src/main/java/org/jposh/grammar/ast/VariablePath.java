package org.jposh.grammar.ast;

/**
 * A variable name split into its scope or drive qualifier and the name proper:
 * {@code $global:x} has drive "global" and name "x"; {@code $x} has a null drive.
 */
public record VariablePath(String userPath, String drive, String name) {

    public static VariablePath parse(String userPath) {
        int colon = userPath.indexOf(':');
        if (colon > 0 && colon < userPath.length() - 1) {
            return new VariablePath(userPath, userPath.substring(0, colon), userPath.substring(colon + 1));
        }
        return new VariablePath(userPath, null, userPath);
    }
}
