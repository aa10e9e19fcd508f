package org.jposh.remoting.psrp;

/**
 * A protocol violation by the other side (bad fragments, headers, message bodies or transport
 * packets). The error ids and messages follow PowerShell's RemotingErrorIdStrings where it has one,
 * so the error a user sees names the same problem pwsh would.
 */
public class PsrpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorId;

    public PsrpException(String errorId, String message) {
        super(message);
        this.errorId = errorId;
    }

    public PsrpException(String errorId, String message, Throwable cause) {
        super(message, cause);
        this.errorId = errorId;
    }

    /** PowerShell's error id, e.g. {@code FragmentIdsNotInSequence}. */
    public String errorId() {
        return errorId;
    }
}
