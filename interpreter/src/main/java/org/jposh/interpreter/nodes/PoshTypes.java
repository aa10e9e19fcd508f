package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The types nodes specialize on. There are no implicit casts: PowerShell's int and long arithmetic
 * widen on overflow to double, so an int must never be silently treated as a long.
 */
@TypeSystem({int.class, long.class, double.class, boolean.class, String.class})
public abstract class PoshTypes {
}
