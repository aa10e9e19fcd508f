package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexOperatorTest {
    private static final Object[] ABC = {"a", "b", "c"};

    @Test
    void arraysTakeNegativeIndexesFromTheEnd() {
        assertEquals("a", IndexOperator.getIndex(ABC, 0));
        assertEquals("c", IndexOperator.getIndex(ABC, -1));
        assertEquals("b", IndexOperator.getIndex(ABC, "1"));
        assertEquals("b", IndexOperator.getIndex(List.of("a", "b"), -1));
    }

    @Test
    void anIndexOutOfRangeGivesNothing() {
        assertSame(AutomationNull.VALUE, IndexOperator.getIndex(ABC, 3));
        assertSame(AutomationNull.VALUE, IndexOperator.getIndex(ABC, -4));
        assertSame(AutomationNull.VALUE, IndexOperator.getIndex("abc", 5));
    }

    @Test
    void aCollectionOfIndexesSlicesLeavingOutWhatIsOutOfRange() {
        assertArrayEquals(new Object[] {"b", "c"}, (Object[]) IndexOperator.getIndex(ABC, new Object[] {1, 2}));
        assertArrayEquals(new Object[] {"c", "a"}, (Object[]) IndexOperator.getIndex(ABC, new Object[] {-1, 9, 0}));
    }

    @Test
    void stringsGiveChars() {
        assertEquals('b', IndexOperator.getIndex("abc", 1));
        assertEquals('c', IndexOperator.getIndex("abc", -1));
    }

    @Test
    void dictionariesLookUpKeysAndOrderedOnesAlsoPositions() {
        Hashtable h = new Hashtable(true);
        h.put("Key", 1);
        assertEquals(1, IndexOperator.getIndex(h, "KEY"));
        assertNull(IndexOperator.getIndex(h, "other"));
        OrderedDictionary o = new OrderedDictionary(true);
        o.put("x", "first");
        o.put("y", "second");
        assertEquals("second", IndexOperator.getIndex(o, 1));
        assertEquals("first", IndexOperator.getIndex(o, "X"));
    }

    @Test
    void aScalarIsACollectionOfItself() {
        assertEquals(5, IndexOperator.getIndex(5, 0));
        assertEquals(5, IndexOperator.getIndex(5, -1));
        assertSame(AutomationNull.VALUE, IndexOperator.getIndex(5, 1));
    }

    @Test
    void nullTargetsAndIndexesAreErrors() {
        assertEquals("NullArray", assertThrows(PSRuntimeException.class, () -> IndexOperator.getIndex(null, 0)).errorId());
        assertEquals("NullArrayIndex",
                assertThrows(PSRuntimeException.class, () -> IndexOperator.getIndex(ABC, null)).errorId());
    }
}
