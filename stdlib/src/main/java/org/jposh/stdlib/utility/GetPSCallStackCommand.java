package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.CallStackFrame;

/** Get-PSCallStack: the script frames running now, innermost (the caller's) first. */
@Cmdlet(verb = "Get", noun = "PSCallStack")
public final class GetPSCallStackCommand extends PSCmdlet {
    @Override
    protected void processRecord() {
        for (CallStackFrame frame : sessionState().callStack().frames(null)) {
            writeObject(frame);
        }
    }
}
