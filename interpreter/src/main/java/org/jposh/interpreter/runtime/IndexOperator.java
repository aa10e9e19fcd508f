package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code $target[index]} as pwsh's GetIndex binder reads it:
 * <ul>
 * <li>arrays, lists and strings take an int index, negative counting from the end; an index out of
 *     range gives nothing (AutomationNull), not an error;</li>
 * <li>dictionaries look the key up ($null when absent); an {@code [ordered]} dictionary also takes a
 *     position, as its int indexer does;</li>
 * <li>a collection of indexes slices: the result is an {@code object[]} of each index's value, leaving
 *     out the indexes that give nothing;</li>
 * <li>a type with an indexer (a {@code get_Item} method, such as a regex match's Groups) calls it;</li>
 * <li>any other object is a collection of itself: {@code [0]} and {@code [-1]} are the object.</li>
 * </ul>
 * Strict mode, looked up only when an index finds nothing, turns an index out of range into the
 * exception .NET's indexer throws (version 3) and another index of a non-indexable object into
 * CannotIndex (version 2).
 */
public final class IndexOperator {
    private IndexOperator() {
    }

    /** {@code $target[index]} outside strict mode. */
    public static Object getIndex(Object target, Object index) {
        return getIndex(target, index, null);
    }

    /**
     * @param scope the scope of the code indexing, whose strict mode applies; null for none
     * @throws PSRuntimeException NullArray when the target is $null, NullArrayIndex when the index is
     */
    @TruffleBoundary
    public static Object getIndex(Object target, Object index, SessionStateScope scope) {
        Object base = collection(target);
        if (base == null) {
            throw new PSRuntimeException("NullArray", ErrorCategory.InvalidOperation, "Cannot index into a null array.");
        }
        Object key = PSObject.base(index);
        if (key == null) {
            throw new PSRuntimeException("NullArrayIndex", ErrorCategory.InvalidOperation,
                    "Index operation failed; the array index evaluated to null.");
        }
        Iterable<?> keys = LanguagePrimitives.getEnumerable(key);
        if (keys == null) {
            return getOne(target, base, key, scope);
        }
        List<Object> results = new ArrayList<>();
        for (Object k : keys) {
            Object value = k == null ? AutomationNull.VALUE : getOne(target, base, PSObject.base(k), scope);
            if (value != AutomationNull.VALUE) {
                results.add(value);
            }
        }
        return results.toArray();
    }

    /** The object indexed: the base object of a script class deriving from a list or dictionary. */
    private static Object collection(Object target) {
        Object base = PSObject.base(target);
        return base instanceof ScriptObject script && script.baseObject() != null ? script.baseObject() : base;
    }

    private static Object getOne(Object target, Object base, Object key, SessionStateScope scope) {
        if (base instanceof OrderedDictionary ordered && isInteger(key)) {
            int position = LanguagePrimitives.toInt(key);
            return position >= 0 && position < ordered.size() ? ordered.getAt(position)
                    : outOfRange(scope, DotNetException.argumentOutOfRange("index", COLLECTION_RANGE));
        }
        if (base instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (ForeignObjects.isForeign(base)) {
            Object value = ForeignObjects.readHashValue(base, key);
            if (value != AutomationNull.VALUE || !(ForeignObjects.getEnumerable(base) instanceof List<?> elements)) {
                return value;
            }
            base = elements;
        }
        if (base instanceof Object[] array) {
            int i = position(key, array.length);
            return i < 0 ? outOfRange(scope, DotNetException.indexOutOfRange()) : array[i];
        }
        if (base instanceof List<?> list) {
            int i = position(key, list.size());
            return i < 0 ? outOfRange(scope, DotNetException.argumentOutOfRange("index", COLLECTION_RANGE))
                    : list.get(i);
        }
        if (base instanceof Tuple tuple) {
            int i = position(key, tuple.length());
            return i < 0 ? outOfRange(scope, DotNetException.indexOutOfRange()) : tuple.item(i);
        }
        if (base instanceof String s) {
            int i = position(key, s.length());
            return i < 0 ? outOfRange(scope, DotNetException.indexOutOfRange()) : (Object) s.charAt(i);
        }
        PSMethod indexer = DotNetType.of(base).adapter().method("get_Item");
        if (indexer != null) {
            return indexer.invoke(base, new Object[] {key});
        }
        if (position(key, 1) == 0) {
            return target;
        }
        if (scope != null && scope.isStrictVersion(2)) {
            throw cannotIndex(base).withTargetObject(base);
        }
        return AutomationNull.VALUE;
    }

    /** The message of .NET's ArgumentOutOfRangeException from a list's indexer. */
    private static final String COLLECTION_RANGE =
            "Index was out of range. Must be non-negative and less than the size of the collection.";

    /** An index past the end gives nothing, or from strict mode 3 the exception the .NET indexer throws. */
    private static Object outOfRange(SessionStateScope scope, DotNetException error) {
        if (scope != null && scope.isStrictVersion(3)) {
            throw PSRuntimeException.fromDotNetException(error);
        }
        return AutomationNull.VALUE;
    }

    private static PSRuntimeException cannotIndex(Object base) {
        return new PSRuntimeException("CannotIndex", ErrorCategory.InvalidOperation,
                "Unable to index into an object of type \"" + TypeNames.fullName(base) + "\".");
    }

    private static boolean isInteger(Object key) {
        return key instanceof Integer || key instanceof Long || key instanceof Short || key instanceof Byte
                || NumericConversion.isSmallOrUnsigned(key);
    }

    /** The position an index stands for in a sequence of {@code length}, or -1 when it is out of range. */
    private static int position(Object key, int length) {
        int i = LanguagePrimitives.toInt(key);
        if (i < 0) {
            i += length;
        }
        return i >= 0 && i < length ? i : -1;
    }

    /**
     * {@code target[index] = value}: an array or list element (negative indexes count from the end), a
     * dictionary entry (added when new), or an ordered dictionary's entry by position.
     *
     * @throws PSRuntimeException NullArray, IndexOutOfRange, or CannotIndex for other objects
     */
    @TruffleBoundary
    @SuppressWarnings("unchecked")
    public static void setIndex(Object target, Object index, Object value) {
        Object base = collection(target);
        Object key = PSObject.base(index);
        if (base == null) {
            throw new PSRuntimeException("NullArray", ErrorCategory.InvalidOperation, "Cannot index into a null array.");
        }
        if (base instanceof OrderedDictionary ordered && isInteger(key)) {
            int position = LanguagePrimitives.toInt(key);
            if (position < 0 || position >= ordered.size()) {
                throw indexOutOfRange();
            }
            ordered.setAt(position, value);
        } else if (base instanceof Map<?, ?> map) {
            if (key == null) {
                throw new PSRuntimeException("NullArrayIndex", ErrorCategory.InvalidOperation,
                        "Index operation failed; the array index evaluated to null.");
            }
            try {
                ((Map<Object, Object>) map).put(key, value);
            } catch (DotNetException e) {
                // A dictionary that refuses the key ($PSDefaultParameterValues) throws its .NET exception.
                throw PSRuntimeException.fromDotNetException(e);
            }
        } else if (base instanceof Object[] array) {
            int i = position(key, array.length);
            if (i < 0) {
                throw indexOutOfRange();
            }
            Class<?> elementType = array.getClass().getComponentType();
            array[i] = elementType == Object.class ? value
                    : LanguagePrimitives.convertTo(value, DotNetType.forJavaClass(elementType));
        } else if (base instanceof List<?> list) {
            int i = position(key, list.size());
            if (i < 0) {
                throw indexOutOfRange();
            }
            ((List<Object>) list).set(i, value);
        } else {
            throw cannotIndex(base);
        }
    }

    /** An out-of-range store is .NET's IndexOutOfRangeException escaping, as in pwsh. */
    private static PSRuntimeException indexOutOfRange() {
        return PSRuntimeException.fromDotNetException(DotNetException.indexOutOfRange());
    }
}
