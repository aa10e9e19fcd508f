package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.AbstractDictionary;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * What a {@code dynamicparam} block returns (pwsh's RuntimeDefinedParameterDictionary): its dynamic
 * parameters by name, compared without case, in the order added.
 */
public final class RuntimeDefinedParameterDictionary extends AbstractDictionary implements DotNetTyped {
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation",
            "RuntimeDefinedParameterDictionary", RuntimeDefinedParameterDictionary.class, b -> {
                AbstractDictionary.defineDictionaryMembers(b);
                b.constructor((t, a) -> new RuntimeDefinedParameterDictionary());
            });

    public RuntimeDefinedParameterDictionary() {
        super(true, true);
    }

    @Override
    protected Object convertKey(Object key) {
        return LanguagePrimitives.toStringValue(key);
    }

    @Override
    protected Object convertValue(Object value) {
        return LanguagePrimitives.convertTo(value, RuntimeDefinedParameter.TYPE);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }
}
