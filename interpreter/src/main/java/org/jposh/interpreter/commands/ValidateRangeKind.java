package org.jposh.interpreter.commands;

/** The sign constraints of [ValidateRange(kind)]; {@code None} means "use the bounds". */
public enum ValidateRangeKind {
    None, Positive, NonNegative, Negative, NonPositive
}
