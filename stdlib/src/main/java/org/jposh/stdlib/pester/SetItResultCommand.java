package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.PoshException;

/**
 * Set-ItResult: ends the running test as skipped, pending (which Pester 5 counts as skipped) or
 * inconclusive, by throwing the error whose id the run reads as that result.
 */
@Cmdlet(verb = "Set", noun = "ItResult")
public final class SetItResultCommand extends PSCmdlet {
    static final String SKIPPED = "PesterTestSkipped";
    static final String PENDING = "PesterTestPending";
    static final String INCONCLUSIVE = "PesterTestInconclusive";

    @Parameter(parameterSetName = "Inconclusive")
    private boolean inconclusive;

    @Parameter(parameterSetName = "Pending")
    private boolean pending;

    @Parameter(parameterSetName = "Skipped")
    private boolean skipped;

    @Parameter
    private String because;

    @Override
    protected void endProcessing() {
        PesterRun.requireGroup(sessionState(), "Set-ItResult");
        String errorId = inconclusive ? INCONCLUSIVE : pending ? PENDING : SKIPPED;
        String message = inconclusive ? "is inconclusive" : pending ? "is pending" : "is skipped";
        if (because != null && !because.isBlank()) {
            String formatted = ValueFormatter.because(because);
            message += "," + formatted.substring(0, formatted.length() - 1);
        }
        throw new PoshException(new ErrorRecord(ExceptionValue.of("Exception", message), errorId,
                ErrorCategory.InvalidResult, null), null);
    }
}
