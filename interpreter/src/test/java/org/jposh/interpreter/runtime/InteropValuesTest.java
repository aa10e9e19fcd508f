package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.interop.InteropLibrary;
import org.junit.jupiter.api.Test;

/** How PowerShell values look to other languages, without a context. */
class InteropValuesTest {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    @Test
    void scriptBlocksAreExecutableWithTheirArgumentsInArgs() throws Exception {
        ScriptCallable block = (dollarThis, dollarUnder, args) -> new Object[]{args.length, args[0]};
        Object exported = InteropValues.export(block);
        assertTrue(INTEROP.isExecutable(exported));
        Object result = INTEROP.execute(exported, "a", 2);
        assertEquals(2L, INTEROP.getArraySize(result));
        assertEquals(2, INTEROP.readArrayElement(result, 0));
        assertEquals("a", INTEROP.readArrayElement(result, 1));
        assertSame(block, ForeignObjects.importValue(exported), "handed back, it is the same script block");
    }

    @Test
    void aScriptBlockWithoutOutputReturnsNull() throws Exception {
        ScriptCallable block = (dollarThis, dollarUnder, args) -> AutomationNull.VALUE;
        assertTrue(INTEROP.isNull(INTEROP.execute(InteropValues.export(block))));
    }

    @Test
    void scriptMethodsAreInvocableMembers() throws Exception {
        PSObject item = PSObject.newCustomObject();
        item.setNoteProperty("Size", 20);
        item.addMember(new PSScriptMethod("Double", (dollarThis, dollarUnder, args) ->
                (Integer) MemberAccess.getMember(dollarThis, "Size") * 2));
        Object exported = InteropValues.export(item);
        assertTrue(INTEROP.isMemberInvocable(exported, "double"));
        assertEquals(40, INTEROP.invokeMember(exported, "Double"));
    }
}
