package org.jposh.interpreter.runtime;

/**
 * The base object of a {@code [pscustomobject]}: a marker with no members of its own, so the
 * PSObject's note properties are all there is.
 */
public final class PSCustomObject {
    public static final PSCustomObject SELF = new PSCustomObject();

    private PSCustomObject() {
    }

    @Override
    public String toString() {
        return "";
    }
}
