package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * BeforeDiscovery: runs its block at once, in the caller's scope, so code at Discovery (the -ForEach
 * data of Describe and It, the names of tests) sees what it sets.
 */
@Cmdlet(verb = "BeforeDiscovery", noun = "")
public final class BeforeDiscoveryCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private ScriptBlock scriptBlock;

    @Override
    protected void endProcessing() {
        Blocks.dotSource(scriptBlock);
    }
}
