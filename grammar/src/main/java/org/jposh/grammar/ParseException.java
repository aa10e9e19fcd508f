package org.jposh.grammar;

/** Thrown when a script does not parse; it carries the first error, as PowerShell reports it. */
public final class ParseException extends RuntimeException {
    private final transient ParseError error;

    public ParseException(ParseError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public ParseError error() {
        return error;
    }
}
