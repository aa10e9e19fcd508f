package org.jposh.interpreter.nodes.controlflow;

import org.jposh.interpreter.runtime.Pipe;

/** What one run of a {@code foreach} or {@code switch} works with: where its output goes and where it is in its elements. */
record LoopState(Pipe output, ElementCursor cursor) {
}
