package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Set-StrictMode's state: held per scope, the nearest scope that set it deciding. */
class StrictModeScopeTest {
    private final SessionStateScope global = SessionStateScope.global(null);

    @Test
    void offUntilSet() {
        assertFalse(global.isStrictVersion(1));
    }

    @Test
    void childScopesInheritAndOverride() {
        global.setStrictModeVersion(2);
        SessionStateScope child = new SessionStateScope(global, ScopeLayout.AUTOMATIC_ONLY, false);
        SessionStateScope grandchild = new SessionStateScope(child, ScopeLayout.AUTOMATIC_ONLY, false);
        assertTrue(grandchild.isStrictVersion(2));
        assertFalse(grandchild.isStrictVersion(3));
        child.setStrictModeVersion(0);
        assertFalse(grandchild.isStrictVersion(1));
        assertTrue(global.isStrictVersion(1));
    }

    @Test
    void aModuleScopeDoesNotSeeTheCallersStrictMode() {
        global.setStrictModeVersion(3);
        SessionStateScope module = new SessionStateScope(global, ScopeLayout.AUTOMATIC_ONLY, true);
        module.isolateStrictMode();
        assertFalse(new SessionStateScope(module, ScopeLayout.AUTOMATIC_ONLY, false).isStrictVersion(1));
    }

    @Test
    void indexingOutOfRangeFailsFromVersion3() {
        Object[] array = {1, 2};
        global.setStrictModeVersion(2);
        assertSame(AutomationNull.VALUE, IndexOperator.getIndex(array, 5, global));
        global.setStrictModeVersion(3);
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> IndexOperator.getIndex(array, 5, global));
        assertEquals("System.IndexOutOfRangeException", e.errorId());
        assertEquals(2, IndexOperator.getIndex(array, -1, global));
    }

    @Test
    void indexingAScalarPastItselfFailsFromVersion2() {
        global.setStrictModeVersion(1);
        assertSame(AutomationNull.VALUE, IndexOperator.getIndex(5, 1, global));
        global.setStrictModeVersion(2);
        assertEquals("CannotIndex",
                assertThrows(PSRuntimeException.class, () -> IndexOperator.getIndex(5, 1, global)).errorId());
        assertEquals(5, IndexOperator.getIndex(5, 0, global));
    }
}
