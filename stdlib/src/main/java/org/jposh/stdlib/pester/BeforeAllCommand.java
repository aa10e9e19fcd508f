package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * BeforeAll: runs at once in the scope of its Describe or Context, so the tests see what it sets.
 * (Pester 4 runs it first even when it is written after tests; here it runs where it is written.)
 */
@Cmdlet(verb = "BeforeAll", noun = "")
public final class BeforeAllCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private ScriptBlock scriptBlock;

    @Override
    protected void endProcessing() {
        PesterRun.requireGroup(sessionState(), "BeforeAll");
        Blocks.dotSource(scriptBlock);
    }
}
