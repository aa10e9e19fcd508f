package org.jposh.interpreter.runtime;

/**
 * Calling a script block where .NET calls a delegate (List.FindAll's Predicate, Enumerable.Select's Func), as
 * pwsh's ScriptBlock.InvokeAsDelegateHelper does: the delegate's arguments are the block's {@code $args} (and
 * its {@code param()}), {@code $_} and {@code $this} are not set, and what the block outputs is the result.
 */
final class Delegates {
    private Delegates() {
    }

    /** The script block a delegate argument converted to; .NET's ArgumentNullException for $null. */
    static ScriptCallable require(Object delegate, String paramName) {
        if (delegate == null) {
            throw DotNetException.argumentNull(paramName);
        }
        return (ScriptCallable) delegate;
    }

    /** The block's output for these arguments: $null for none, the object for one, an array for more. */
    static Object invoke(ScriptCallable delegate, Object... args) {
        Object result = delegate.invoke(null, null, args);
        return result == AutomationNull.VALUE ? null : result;
    }

    /**
     * The type of what a delegate returns, which a generic .NET method infers from it (Select's TResult, ConvertAll's
     * TOutput): a typed delegate's return type; object for a bare script block, which says none.
     */
    static DotNetType resultType(ScriptCallable delegate) {
        return delegate instanceof ScriptDelegate typed && typed.returnType() != null ? typed.returnType()
                : CoreTypes.OBJECT;
    }

    /** A Predicate's or a Func[T,bool]'s answer: the output as a condition ($null and nothing are false). */
    static boolean test(ScriptCallable predicate, Object item) {
        return LanguagePrimitives.isTrue(predicate.invoke(null, null, new Object[] {item}));
    }
}
