package org.jposh.stdlib.pester;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.OrderedDictionary;

/**
 * Invoke-Mock: what a mock function calls. Records the call and writes the output of the mock that
 * applies (see Mock), or of the original command when none does.
 */
@Cmdlet(verb = "Invoke", noun = "Mock")
public final class InvokeMockCommand extends PSCmdlet {
    @Parameter(mandatory = true)
    private String commandName;

    @Parameter
    private String moduleName;

    @Parameter
    private Map<?, ?> boundParameters;

    @Parameter
    private Object[] argumentList;

    @Override
    protected void endProcessing() {
        PesterRun run = PesterRun.current(sessionState());
        Mock.Target target = run == null ? null : run.mockTargets.get(Mock.key(commandName, moduleName));
        if (target == null) {
            throw PesterRun.usageError("Internal error detected:  Mock for '" + commandName
                    + "' was called, but does not exist in the mock table.");
        }
        OrderedDictionary bound = new OrderedDictionary(true);
        if (boundParameters != null) {
            bound.putAll(boundParameters);
        }
        run.mockCalls.add(new MockCall(target, bound, List.copyOf(run.groups), run.inTest ? run.testNumber : -1));
        Mock chosen = choose(target, bound);
        if (chosen != null) {
            for (Object value : Blocks.invokeWithVariables(chosen.body, bound)) {
                writeObject(value);
            }
            return;
        }
        callOriginal(target, bound);
    }

    /** The latest mock whose filter holds for these parameters, else the latest without a filter. */
    private static Mock choose(Mock.Target target, OrderedDictionary bound) {
        for (Mock mock : target.mocks.reversed()) {
            if (mock.filter != null && Blocks.isTrue(Blocks.invokeWithVariables(mock.filter, bound))) {
                return mock;
            }
        }
        for (Mock mock : target.mocks.reversed()) {
            if (mock.filter == null) {
                return mock;
            }
        }
        return null;
    }

    private void callOriginal(Mock.Target target, OrderedDictionary bound) {
        List<CommandArgument> arguments = new ArrayList<>();
        for (Map.Entry<?, ?> entry : bound.entrySet()) {
            arguments.add(CommandArgument.named(LanguagePrimitives.toStringValue(entry.getKey()), entry.getValue(),
                    null));
        }
        if (argumentList != null) {
            for (Object argument : argumentList) {
                arguments.add(CommandArgument.positional(argument, null));
            }
        }
        CommandProcessorBase processor = CommandDiscovery.createProcessor(PoshContext.get(null), target.original,
                false, arguments.toArray(CommandArgument[]::new), null, 1, false);
        processor.setOutput(this::writeObject);
        processor.begin();
        processor.processWithoutInput();
        processor.end();
    }
}
