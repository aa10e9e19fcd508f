package org.jposh.remoting.psrp.clixml;

/**
 * Malformed or unsupported CLIXML. The error ids and messages are PowerShell's own (from its
 * Serialization resources), so a remote peer's bad data reads the same as it would in pwsh; like the
 * XmlException pwsh's deserializer throws, the message ends with where in the text the reader was
 * ({@code Line 1, position 2.}) when that is known.
 */
public final class ClixmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorId;

    public ClixmlException(String errorId, String message) {
        super(message);
        this.errorId = errorId;
    }

    public ClixmlException(String errorId, String message, Throwable cause) {
        super(message, cause);
        this.errorId = errorId;
    }

    /** An error found at a place in the text, 1-based, as .NET's XmlException words it. */
    ClixmlException(String errorId, String message, int line, int position, Throwable cause) {
        super(message + " Line " + line + ", position " + position + ".", cause);
        this.errorId = errorId;
    }

    /** PowerShell's error id, e.g. {@code InvalidElementTag}. */
    public String errorId() {
        return errorId;
    }
}
