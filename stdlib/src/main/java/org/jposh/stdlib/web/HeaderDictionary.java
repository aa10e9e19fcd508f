package org.jposh.stdlib.web;

import org.jposh.interpreter.runtime.AbstractDictionary;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * The header dictionaries of the web cmdlets, as pwsh makes them: {@code Dictionary[string,string]} for a
 * session's Headers and {@code Dictionary[string,IEnumerable[string]]} for a response's (each value a string
 * array), both with case-insensitive keys (StringComparer.OrdinalIgnoreCase) in insertion order.
 */
final class HeaderDictionary extends AbstractDictionary implements DotNetTyped {
    private static final DotNetType SESSION_TYPE = CoreTypes.DICTIONARY.makeGenericType(CoreTypes.STRING,
            CoreTypes.STRING);
    private static final DotNetType RESPONSE_TYPE = CoreTypes.DICTIONARY.makeGenericType(CoreTypes.STRING,
            CoreTypes.IENUMERABLE_T.makeGenericType(CoreTypes.STRING));

    private final boolean multiValued;

    private HeaderDictionary(boolean multiValued) {
        super(true, true);
        this.multiValued = multiValued;
    }

    /** Headers of a session: one string per name. */
    static HeaderDictionary singleValued() {
        return new HeaderDictionary(false);
    }

    /** Headers of a response: the values of each name as a string array. */
    static HeaderDictionary multiValued() {
        return new HeaderDictionary(true);
    }

    @Override
    public DotNetType dotNetType() {
        return multiValued ? RESPONSE_TYPE : SESSION_TYPE;
    }

    @Override
    protected Object convertKey(Object key) {
        return LanguagePrimitives.toStringValue(key);
    }

    @Override
    protected Object convertValue(Object value) {
        if (multiValued) {
            return LanguagePrimitives.convertTo(value, CoreTypes.STRING_ARRAY);
        }
        return value == null ? null : LanguagePrimitives.toStringValue(value);
    }

    @Override
    public String toString() {
        return dotNetType().toString();
    }
}
