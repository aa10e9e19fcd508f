package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * AfterAll: runs in the scope of its Describe or Context when the block ends, however it ends (under
 * Pester 5, of the file when written outside any Describe).
 */
@Cmdlet(verb = "AfterAll", noun = "")
public final class AfterAllCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private ScriptBlock scriptBlock;

    @Override
    protected void endProcessing() {
        Block discovering = PesterRun.discoveringBlock(sessionState());
        if (discovering != null) {
            discovering.afterAll.add(scriptBlock);
            return;
        }
        PesterRun run = PesterRun.requireGroup(sessionState(), "AfterAll");
        run.groups.peek().afterAll.add(scriptBlock);
    }
}
