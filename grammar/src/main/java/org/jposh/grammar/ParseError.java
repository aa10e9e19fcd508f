package org.jposh.grammar;

import org.jposh.grammar.ast.Extent;

/** One parse error: where, PowerShell's error id for it, and its message. */
public record ParseError(Extent extent, String errorId, String message) {
}
