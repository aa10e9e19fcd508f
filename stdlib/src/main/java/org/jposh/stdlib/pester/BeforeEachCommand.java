package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * BeforeEach: runs before each following test of its block and of the blocks nested in it, in the
 * test's scope (outer blocks' first); under Pester 5, before every test of its block wherever written.
 */
@Cmdlet(verb = "BeforeEach", noun = "")
public final class BeforeEachCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private ScriptBlock scriptBlock;

    @Override
    protected void endProcessing() {
        Block discovering = PesterRun.discoveringBlock(sessionState());
        if (discovering != null) {
            discovering.beforeEach.add(scriptBlock);
            return;
        }
        PesterRun run = PesterRun.requireGroup(sessionState(), "BeforeEach");
        run.groups.peek().beforeEach.add(scriptBlock);
    }
}
