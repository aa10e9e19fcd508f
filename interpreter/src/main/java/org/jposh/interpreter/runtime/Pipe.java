package org.jposh.interpreter.runtime;

/** Where a pipeline stage sends its output objects, one at a time. */
@FunctionalInterface
public interface Pipe {
    void write(Object value);
}
