package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What {@code GetEnumerator()} returns for arrays, lists and dictionaries: an IEnumerator with
 * {@code MoveNext()}, {@code Current} and {@code Reset()} (dictionaries' also with {@code Key},
 * {@code Value} and {@code Entry}, as IDictionaryEnumerator). It is also a Java iterator, so a pipeline or
 * {@code foreach} given one enumerates what is left of it, as pwsh enumerates an IEnumerator.
 */
public final class CollectionEnumerator implements Iterator<Object>, DotNetTyped {
    private static final DotNetType ARRAY_ENUMERATOR = CoreTypes.define("System", "ArrayEnumerator",
            CollectionEnumerator.class, CollectionEnumerator::defineMembers);
    private static final DotNetType LIST_ENUMERATOR = CoreTypes.define("System.Collections",
            "ArrayList+ArrayListEnumeratorSimple", CollectionEnumerator.class, CollectionEnumerator::defineMembers);
    private static final DotNetType GENERIC_LIST_ENUMERATOR = CoreTypes.define("System.Collections.Generic",
            "List`1+Enumerator", CollectionEnumerator.class, CollectionEnumerator::defineMembers);
    private static final DotNetType DICTIONARY_ENUMERATOR = CoreTypes.define("System.Collections",
            "Hashtable+HashtableEnumerator", CollectionEnumerator.class, b -> {
                defineMembers(b);
                b.property("Key", OBJECT, e -> entry(e).getKey());
                b.property("Value", OBJECT, e -> entry(e).getValue());
                b.property("Entry", CoreTypes.DICTIONARY_ENTRY, e -> entry(e));
            });

    private enum State { NOT_STARTED, RUNNING, FINISHED }

    private final DotNetType type;
    private final Iterable<?> source;
    /** Made on the first move: every function call gets an (often unread) $input enumerator. */
    private Iterator<?> iterator;
    private Object current;
    private State state = State.NOT_STARTED;
    /** Whether {@link #hasNext} has moved to an element that {@link #next} has not yet returned. */
    private boolean lookedAhead;

    private CollectionEnumerator(DotNetType type, Iterable<?> source) {
        this.type = type;
        this.source = source;
    }

    /** Array.GetEnumerator(). */
    static CollectionEnumerator ofArray(Object[] array) {
        return new CollectionEnumerator(ARRAY_ENUMERATOR, java.util.Arrays.asList(array));
    }

    /** ArrayList.GetEnumerator() and List[T].GetEnumerator(). */
    static CollectionEnumerator ofList(Iterable<?> list, boolean generic) {
        return new CollectionEnumerator(generic ? GENERIC_LIST_ENUMERATOR : LIST_ENUMERATOR, list);
    }

    /**
     * A function's {@code $input}: the enumerator of the ArrayList pwsh's ScriptCommandProcessor keeps the input
     * objects in (in the process block the current one, in the end block all of them), so that MoveNext,
     * Current and Reset work on it as in pwsh.
     */
    public static CollectionEnumerator ofInput(List<?> input) {
        return new CollectionEnumerator(LIST_ENUMERATOR, input);
    }

    /** A dictionary's GetEnumerator(): its entries. */
    static CollectionEnumerator ofDictionary(Map<?, ?> dictionary) {
        return new CollectionEnumerator(DICTIONARY_ENUMERATOR, dictionary.entrySet());
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.method("MoveNext", BOOLEAN, (t, a) -> ((CollectionEnumerator) t).moveNext());
        b.property("Current", OBJECT, e -> ((CollectionEnumerator) e).current());
        b.method("Reset", VOID, (t, a) -> {
            ((CollectionEnumerator) t).reset();
            return AutomationNull.VALUE;
        });
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    private boolean moveNext() {
        lookedAhead = false;
        if (iterator == null) {
            iterator = source.iterator();
        }
        if (state != State.FINISHED && iterator.hasNext()) {
            current = iterator.next();
            state = State.RUNNING;
            return true;
        }
        state = State.FINISHED;
        current = null;
        return false;
    }

    /** The element MoveNext() moved to; List[T]'s enumerator gives $null outside the elements, the others fail as .NET's do. */
    private Object current() {
        if (state == State.RUNNING || type == GENERIC_LIST_ENUMERATOR) {
            return current;
        }
        if (type == DICTIONARY_ENUMERATOR) {
            throw DotNetException.invalidOperation("Enumeration has either not started or has already finished.");
        }
        throw DotNetException.invalidOperation(state == State.NOT_STARTED
                ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
    }

    private void reset() {
        iterator = null;
        state = State.NOT_STARTED;
        current = null;
        lookedAhead = false;
    }

    private static Map.Entry<?, ?> entry(Object enumerator) {
        return (Map.Entry<?, ?>) ((CollectionEnumerator) enumerator).current();
    }

    @Override
    public boolean hasNext() {
        if (!lookedAhead) {
            lookedAhead = moveNext();
        }
        return lookedAhead;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        lookedAhead = false;
        return current;
    }
}
