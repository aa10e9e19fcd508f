package org.jposh.interpreter.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.jposh.interpreter.JPosh;
import org.jposh.interpreter.PoshLanguage;
import org.junit.jupiter.api.Test;

/**
 * ShouldProcess for a Java cmdlet declaring its ConfirmImpact: when the session asks, what the host
 * shows, and how the answers read from the host's input hold for the invocation's remaining records.
 */
class ShouldProcessTest {
    private static final String PROMPT = """

            Confirm
            Are you sure you want to perform this action?
            Performing the operation "Remove Widget" on target "%s".
            [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): \
            """;

    /** Removes a widget by name, asking first: its impact is High, which the default $ConfirmPreference reaches. */
    @Cmdlet(verb = "Remove", noun = "Widget", supportsShouldProcess = true, confirmImpact = ConfirmImpact.High)
    public static final class RemoveWidgetCommand extends PSCmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
        private String name;

        @Override
        protected void processRecord() {
            if (shouldProcess(name, "Remove Widget")) {
                writeObject("removed " + name);
            }
        }
    }

    /** The same change, of Medium impact (the default). */
    @Cmdlet(verb = "Clear", noun = "Widget", supportsShouldProcess = true)
    public static final class ClearWidgetCommand extends PSCmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
        private String name;

        @Override
        protected void processRecord() {
            if (shouldProcess(name)) {
                writeObject("cleared " + name);
            }
        }
    }

    /** What the host showed, the pipeline's output (one line per object), and the errors printed. */
    private record Result(String host, String output, String error) {
    }

    private static Result run(String script, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder(PoshLanguage.ID).out(out).err(err)
                .option("engine.WarnInterpreterOnly", "false");
        if (input == null) {
            builder.option("posh.NonInteractive", "true");
        } else {
            builder.in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        }
        StringBuilder output = new StringBuilder();
        try (Context context = builder.build()) {
            JPosh.registerCmdlet(context, RemoveWidgetCommand.class);
            JPosh.registerCmdlet(context, ClearWidgetCommand.class);
            Value result = context.eval(PoshLanguage.ID, script);
            for (long i = 0; result.hasArrayElements() && i < result.getArraySize(); i++) {
                output.append(result.getArrayElement(i).asString()).append('\n');
            }
            if (result.isString()) {
                output.append(result.asString()).append('\n');
            }
        }
        return new Result(out.toString(StandardCharsets.UTF_8), output.toString(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void highImpactAsksAndYesToAllHoldsForTheRemainingRecords() {
        Result r = run("'a', 'b', 'c' | Remove-Widget; 'd' | Remove-Widget", "n\na\ny\n");
        assertEquals(PROMPT.formatted("a") + PROMPT.formatted("b") + PROMPT.formatted("d"), r.host());
        assertEquals("removed b\nremoved c\nremoved d\n", r.output());
    }

    @Test
    void noToAllSkipsTheRemainingRecords() {
        Result r = run("'a', 'b' | Remove-Widget; 'after'", "l\n");
        assertEquals(PROMPT.formatted("a"), r.host());
        assertEquals("after\n", r.output());
    }

    @Test
    void confirmFalseAndConfirmPreferenceNoneDoNotAsk() {
        Result r = run("Remove-Widget a -Confirm:$false; $ConfirmPreference = 'None'; Remove-Widget b", null);
        assertEquals("removed a\nremoved b\n", r.output());
        assertEquals("", r.host());
        assertEquals("", r.error());
    }

    @Test
    void mediumImpactAsksOnlyWithConfirmOrALowerPreference() {
        Result r = run("Clear-Widget a; Clear-Widget b -Confirm; $ConfirmPreference = 'Medium'; Clear-Widget c",
                "n\ny\n");
        String prompt = PROMPT.replace("Remove Widget", "Clear-Widget");
        assertEquals(prompt.formatted("b") + prompt.formatted("c"), r.host());
        assertEquals("cleared a\ncleared c\n", r.output());
    }

    @Test
    void whatIfDoesNotAsk() {
        Result r = run("Remove-Widget a -WhatIf -Confirm", null);
        assertEquals("What if: Performing the operation \"Remove Widget\" on target \"a\".\n", r.host());
        assertEquals("", r.output());
    }

    @Test
    void verboseTellsWhatIsDoneWithoutAsking() {
        Result r = run("Remove-Widget a -Verbose -Confirm:$false", null);
        assertEquals("VERBOSE: Performing the operation \"Remove Widget\" on target \"a\".\n", r.host());
        assertEquals("removed a\n", r.output());
    }

    @Test
    void aNonInteractiveSessionFailsWhereItWouldAsk() {
        Result r = run("Remove-Widget a; 'next'", null);
        assertEquals("", r.host());
        assertEquals("next\n", r.output());
        assertTrue(r.error().startsWith("Remove-Widget : PowerShell is in NonInteractive mode. Read and Prompt "
                + "functionality is not available.\n"), r.error());
        assertTrue(r.error().contains("FullyQualifiedErrorId : InvalidOperation,"
                + "Microsoft.PowerShell.Commands.RemoveWidgetCommand"), r.error());
    }

    @Test
    void theInputEndingCancelsThePrompt() {
        Result r = run("Remove-Widget a", "");
        assertEquals(PROMPT.formatted("a"), r.host());
        assertTrue(r.error().startsWith("Remove-Widget : The prompt was canceled.\n"), r.error());
        assertTrue(r.error().contains("PromptForChoiceCanceled,Microsoft.PowerShell.Commands.RemoveWidgetCommand"),
                r.error());
    }
}
