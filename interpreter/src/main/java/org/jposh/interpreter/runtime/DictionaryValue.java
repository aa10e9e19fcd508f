package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.Map;

/** A hashtable or other dictionary as other languages see it: hash entries, keys as PowerShell compares them. */
@ExportLibrary(InteropLibrary.class)
public final class DictionaryValue implements InteropValues.Exported {
    private final Map<Object, Object> dictionary;

    @SuppressWarnings("unchecked")
    DictionaryValue(Map<?, ?> dictionary) {
        this.dictionary = (Map<Object, Object>) dictionary;
    }

    @Override
    public Object unwrap() {
        return dictionary;
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    long getHashSize() {
        return dictionary.size();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    boolean containsKey(Object key) {
        return dictionary.containsKey(ForeignObjects.importValue(key));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryInsertable(Object key) {
        return !containsKey(key);
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnknownKeyException {
        Object k = ForeignObjects.importValue(key);
        if (!dictionary.containsKey(k)) {
            throw UnknownKeyException.create(key);
        }
        return InteropValues.export(dictionary.get(k));
    }

    @ExportMessage
    @TruffleBoundary
    void writeHashEntry(Object key, Object value) {
        dictionary.put(ForeignObjects.importValue(key), ForeignObjects.importValue(value));
    }

    @ExportMessage
    @TruffleBoundary
    void removeHashEntry(Object key) throws UnknownKeyException {
        Object k = ForeignObjects.importValue(key);
        if (!dictionary.containsKey(k)) {
            throw UnknownKeyException.create(key);
        }
        dictionary.remove(k);
    }

    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        return new InteropIterator(dictionary.entrySet().stream()
                .map(e -> (Object) new PoshArray(new Object[]{e.getKey(), e.getValue()})).iterator());
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return LanguagePrimitives.toStringValue(dictionary);
    }
}
