package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CallTarget;
import java.util.Locale;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;

/**
 * The code of a class's method, constructor or property initializer: a script block whose parameters
 * are the method's. A call runs it in a new scope under the caller's, with {@code $this} and the
 * arguments (already converted to the parameter types) as variables; the method of a class a module defines,
 * called from outside the module, runs under the module's scope instead, seeing the module's commands, as pwsh
 * runs it in the module's session state. Only what {@code return} gives is its result: the compiler sends every
 * other statement's output nowhere, as pwsh does in methods.
 */
public final class ScriptMethod {
    private final String name;
    private final CompiledScriptBlock code;
    private final String[] parameterNames;
    private final DotNetType[] parameterTypes;
    private final DotNetType returnType;
    private volatile Binding binding;
    /**
     * The scope of the module that defined the method's class, or null; set once, when the class's definition runs,
     * before any call (a plain field: a volatile read per call cost objects' sort a tenth of its time).
     */
    private SessionStateScope moduleScope;

    /**
     * @param parameterTypes the declared type of each parameter ([object] when none)
     * @param returnType the declared return type; [void] for a method that returns nothing
     */
    public ScriptMethod(String name, CompiledScriptBlock code, String[] parameterNames, DotNetType[] parameterTypes,
                        DotNetType returnType) {
        this.name = name;
        this.code = code;
        this.parameterNames = parameterNames;
        this.parameterTypes = parameterTypes;
        this.returnType = returnType;
    }

    /** Makes the method run in the module that defined its class when called from outside it. */
    void setModuleScope(SessionStateScope scope) {
        moduleScope = scope;
    }

    public String name() {
        return name;
    }

    public DotNetType returnType() {
        return returnType;
    }

    /** The parameters, as a method overload declares them. */
    MethodOverload.Parameter[] parameters() {
        MethodOverload.Parameter[] result = new MethodOverload.Parameter[parameterNames.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = new MethodOverload.Parameter(parameterNames[i], parameterTypes[i]);
        }
        return result;
    }

    /** Runs the method on {@code dollarThis} (null for a static method) and returns its result, converted to the return type. */
    public Object invoke(Object dollarThis, Object[] args) {
        Object result = run(code.end(), newScope(dollarThis, args));
        return returnType == CoreTypes.VOID ? AutomationNull.VALUE : LanguagePrimitives.convertTo(result, returnType);
    }

    /** The scope of one call: $this and the parameters set, typed parameters constrained to their type. */
    SessionStateScope newScope(Object dollarThis, Object[] args) {
        SessionStateScope caller = PoshContext.get(null).sessionState().currentScope();
        SessionStateScope parent = moduleScope == null || caller.moduleScope() == moduleScope ? caller : moduleScope;
        SessionStateScope scope = new SessionStateScope(parent, code.layout(), false);
        if (dollarThis != null) {
            scope.slots()[ScopeLayout.THIS] = SessionStateScope.slotValue("this", dollarThis);
        }
        Binding binding = binding();
        for (int i = 0; i < parameterNames.length; i++) {
            scope.bindParameter(binding.slots[i], parameterNames[i], binding.types[i], args[i]);
        }
        return scope;
    }

    /**
     * Where each parameter goes in the body's scope and the type it keeps (null when declared without
     * one), worked out on the first call, when the body's layout is complete.
     */
    private record Binding(int[] slots, DotNetType[] types) {
    }

    private Binding binding() {
        Binding result = binding;
        if (result == null) {
            int[] slots = new int[parameterNames.length];
            DotNetType[] types = new DotNetType[parameterNames.length];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = code.layout().indexOf(parameterNames[i]);
                boolean typed = code.parameterTypes().containsKey(parameterNames[i].toLowerCase(Locale.ROOT));
                types[i] = typed ? parameterTypes[i] : null;
            }
            result = new Binding(slots, types);
            binding = result;
        }
        return result;
    }

    /** Runs the body in a scope {@link #newScope} made; its result is what {@code return} gave, or AutomationNull. */
    Object runBody(SessionStateScope scope) {
        return run(code.end(), scope);
    }

    /** Runs other code compiled against the method's scope layout (a constructor's {@code : base(...)} arguments). */
    static Object[] outputs(CallTarget target, SessionStateScope scope) {
        return call(target, scope).toArray();
    }

    /** The body writes one object, what {@code return} gave, or none. */
    private static Object run(CallTarget target, SessionStateScope scope) {
        return target == null ? AutomationNull.VALUE : call(target, scope).resultAsIs();
    }

    private static CollectingPipe call(CallTarget target, SessionStateScope scope) {
        CollectingPipe output = new CollectingPipe();
        ScriptBlockRootNode.callFunction(target, ScriptBlockRootNode.arguments(scope, output));
        return output;
    }
}
