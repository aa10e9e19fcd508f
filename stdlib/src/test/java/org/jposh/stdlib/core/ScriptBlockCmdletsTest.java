package org.jposh.stdlib.core;

import static org.jposh.stdlib.core.ObjectPipeline.named;
import static org.jposh.stdlib.core.ObjectPipeline.positional;
import static org.jposh.stdlib.core.ObjectPipeline.switchParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PSScriptMethod;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The script-block forms of ForEach-Object and Where-Object, driven with ScriptCallable lambdas
 * (ForEach-Object.Tests.ps1 and Where-Object.Tests.ps1 where they apply).
 */
class ScriptBlockCmdletsTest {
    private final ObjectPipeline pipeline = new ObjectPipeline();

    @AfterEach
    void close() {
        pipeline.close();
    }

    private static ScriptCallable twice() {
        return (self, under, args) -> 2 * (Integer) PSObject.base(under);
    }

    @Test
    void processRunsForEachInputObjectWithDollarUnder() {
        assertEquals(List.of(2, 4, 6), pipeline.run(List.of(1, 2, 3), "ForEach-Object", positional(twice())));
        assertEquals(List.of(2, 4), pipeline.run(List.of(1, 2), "ForEach-Object", named("Process",
                new ScriptCallable[] {twice()})));
    }

    @Test
    void threePositionalBlocksAreBeginProcessAndEnd() {
        List<String> calls = new ArrayList<>();
        ScriptCallable begin = (self, under, args) -> {
            calls.add("begin " + under);
            return "b";
        };
        ScriptCallable end = (self, under, args) -> {
            calls.add("end " + under);
            return "e";
        };
        assertEquals(List.of("b", 2, 4, "e"), pipeline.run(List.of(1, 2), "ForEach-Object", positional(begin),
                positional(twice()), positional(end)));
        assertEquals(List.of("begin null", "end null"), calls);
    }

    @Test
    void twoPositionalBlocksAreBeginAndProcess() {
        ScriptCallable begin = (self, under, args) -> "b";
        assertEquals(List.of("b", 2, 4), pipeline.run(List.of(1, 2), "ForEach-Object", positional(begin),
                positional(twice())));
    }

    @Test
    void namedBeginAndEndWithOneProcessBlock() {
        assertEquals(List.of("start", 6, "stop"), pipeline.run(List.of(3), "ForEach-Object",
                named("Begin", (ScriptCallable) (s, u, a) -> "start"), named("Process", twice()),
                named("End", (ScriptCallable) (s, u, a) -> "stop")));
    }

    @Test
    void aBlockWritesEachOfItsOutputObjectsAndNothingForNoOutput() {
        ScriptCallable pair = (self, under, args) -> new Object[] {under, under};
        assertEquals(List.of(1, 1, 2, 2), pipeline.run(List.of(1, 2), "ForEach-Object", positional(pair)));
        ScriptCallable none = (self, under, args) -> AutomationNull.VALUE;
        assertEquals(List.of(), pipeline.run(List.of(1, 2), "ForEach-Object", positional(none)));
    }

    @Test
    void withoutInputTheProcessBlockRunsOnce() {
        ScriptCallable under = (self, u, args) -> "ran with " + u;
        assertEquals(List.of("ran with null"), pipeline.run(null, "ForEach-Object", positional(under)));
    }

    @Test
    void whereObjectKeepsTheObjectsTheFilterScriptHolds() {
        ScriptCallable odd = (self, under, args) -> (Integer) under % 2 == 1;
        assertEquals(List.of(1, 3), pipeline.run(List.of(1, 2, 3, 4), "Where-Object", positional(odd)));
        // The result is converted to bool as PowerShell does: a non-empty string is true, 0 is false.
        ScriptCallable value = (self, under, args) -> under;
        assertEquals(List.of("x", 5), pipeline.run(List.of("x", "", 0, 5), "Where-Object",
                named("FilterScript", value)));
    }

    @Test
    void forEachObjectWithMemberNameCallsScriptMethods() {
        PSObject o = PSObject.newCustomObject();
        o.setNoteProperty("N", 4);
        o.addMember(new PSScriptMethod("Twice",
                (self, under, args) -> 2 * (Integer) MemberAccess.getMember(self, "N")));
        assertEquals(List.of(8), pipeline.run(List.of(o), "ForEach-Object", positional("Twice")));
    }

    @Test
    void aFailingBlockEndsThePipelineWithItsError() {
        ScriptCallable failing = (self, under, args) -> {
            throw new PSRuntimeException("Boom", ErrorCategory.InvalidOperation, "boom");
        };
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> pipeline.run(List.of(1), "ForEach-Object", positional(failing)));
        assertEquals("boom", e.getMessage());
    }

    @Test
    void terminatingErrorsReachTheCaller() {
        PoshException e = assertThrows(PoshException.class, () -> pipeline.run(List.of("a"), "Where-Object",
                positional("Length"), switchParameter("GT")));
        assertEquals("ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand",
                e.errorRecord().fullyQualifiedErrorId());
    }
}
