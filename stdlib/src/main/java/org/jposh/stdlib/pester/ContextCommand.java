package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;

/** Context: a group of tests inside a Describe, with its own scope and setup blocks (-ForEach and -Skip as Describe). */
@Cmdlet(verb = "Context", noun = "")
public final class ContextCommand extends TestGroupCommand {
    @Parameter(position = 0, mandatory = true)
    private String name;

    @Parameter
    @Alias("Tags")
    private String[] tag;

    @Parameter(position = 1)
    private ScriptBlock fixture;

    @Override
    protected void endProcessing() {
        if (PesterRun.discoveringBlock(sessionState()) == null) {
            PesterRun.requireGroup(sessionState(), "Context");
        }
        runGroup(name, fixture, tag, false);
    }
}
