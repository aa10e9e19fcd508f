package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * Describe: a group of tests with its own scope and TestDrive ({@code $TestDrive}, a temporary folder
 * removed when the block ends). -Tag lets Invoke-Pester -Tag/-ExcludeTag choose it; in a Pester 5 run,
 * -ForEach makes one block per item and -Skip skips its tests.
 */
@Cmdlet(verb = "Describe", noun = "")
public final class DescribeCommand extends TestGroupCommand {
    @Parameter(position = 0, mandatory = true)
    private String name;

    @Parameter
    @Alias("Tags")
    private String[] tag;

    @Parameter(position = 1)
    private ScriptBlock fixture;

    @Override
    protected void endProcessing() {
        runGroup(name, fixture, tag, true);
    }
}
