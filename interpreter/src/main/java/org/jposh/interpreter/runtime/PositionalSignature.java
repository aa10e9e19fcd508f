package org.jposh.interpreter.runtime;

/**
 * How a simple function binds positional arguments without the general binder: the parameters in
 * declaration order, their slots in the function's scope and their declared types (null for none).
 * The compiler makes one only for functions whose binding that covers completely: not advanced, no
 * attributes other than types, no switches, only an end block, and no use of $PSBoundParameters.
 */
public record PositionalSignature(String[] names, int[] slots, DotNetType[] types) {
    public int count() {
        return names.length;
    }
}
