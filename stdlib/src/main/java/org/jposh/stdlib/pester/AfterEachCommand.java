package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * AfterEach: runs after each following test of its block and of the blocks nested in it, in the test's
 * scope (inner blocks' first), even when the test failed; under Pester 5, after every test of its block.
 */
@Cmdlet(verb = "AfterEach", noun = "")
public final class AfterEachCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private ScriptBlock scriptBlock;

    @Override
    protected void endProcessing() {
        Block discovering = PesterRun.discoveringBlock(sessionState());
        if (discovering != null) {
            discovering.afterEach.add(scriptBlock);
            return;
        }
        PesterRun run = PesterRun.requireGroup(sessionState(), "AfterEach");
        run.groups.peek().afterEach.add(scriptBlock);
    }
}
