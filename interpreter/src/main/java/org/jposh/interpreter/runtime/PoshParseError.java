package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.jposh.grammar.ParseError;

/**
 * A script that does not parse. Its message is what PowerShell's ParseException says: the position,
 * the source line with a marker, then the error text. Hosts read its members
 * {@code FullyQualifiedErrorId} and {@code NormalView} (the whole error as pwsh prints it).
 */
@ExportLibrary(InteropLibrary.class)
public final class PoshParseError extends AbstractTruffleException {
    private static final String ERROR_ID = "FullyQualifiedErrorId";
    private static final String NORMAL_VIEW = "NormalView";

    private final transient ParseError error;

    public PoshParseError(ParseError error) {
        super(error.extent().positionMessage() + "\n" + error.message());
        this.error = error;
    }

    public ParseError error() {
        return error;
    }

    /** The ErrorRecord PowerShell makes of a parse error. */
    @TruffleBoundary
    public ErrorRecord errorRecord() {
        return new ErrorRecord(getMessage(), error.errorId(), ErrorCategory.ParserError, null, null,
                "ParentContainsErrorRecordException", null).positionedByMessage();
    }

    /**
     * The exception pwsh throws for the text (PowerShell.Invoke, [scriptblock]::Create), whose error record has the
     * parse error's id, as pwsh's ParseException takes the first error's.
     */
    @TruffleBoundary
    public ExceptionValue exception(String message) {
        ExceptionValue exception = new ExceptionValue(ExceptionTypes.forName(exceptionTypeName()), message, null);
        return new ErrorRecord(exception, error.errorId(), ErrorCategory.ParserError, null).exception();
    }

    /**
     * The .NET exception pwsh throws for the text: IncompleteParseException when the text only ended too soon, which
     * a host uses to ask for more lines; ParseException otherwise.
     */
    public String exceptionTypeName() {
        return error.incompleteInput() ? "System.Management.Automation.IncompleteParseException"
                : "System.Management.Automation.ParseException";
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return error.incompleteInput();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return new PoshArray(new Object[]{ERROR_ID, NORMAL_VIEW});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return ERROR_ID.equals(member) || NORMAL_VIEW.equals(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case ERROR_ID -> error.errorId();
            case NORMAL_VIEW -> errorRecord().normalView();
            default -> throw UnknownIdentifierException.create(member);
        };
    }
}
