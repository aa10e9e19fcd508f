package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * BeforeAll: runs in the scope of its Describe or Context, so the tests see what it sets. Under Pester 5
 * it runs before the block's tests in the Run phase (outside any Describe, before the file's); under
 * Pester 4 it runs where it is written (Pester 4 runs it first even when it is written after tests).
 */
@Cmdlet(verb = "BeforeAll", noun = "")
public final class BeforeAllCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private ScriptBlock scriptBlock;

    @Override
    protected void endProcessing() {
        Block discovering = PesterRun.discoveringBlock(sessionState());
        if (discovering != null) {
            discovering.beforeAll.add(scriptBlock);
            return;
        }
        PesterRun.requireGroup(sessionState(), "BeforeAll");
        Blocks.dotSource(scriptBlock);
    }
}
