package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;

/** A method written as a script block, run with $this set to the object and the arguments as $args. */
public final class PSScriptMethod extends PSMethodInfo {
    private final ScriptCallable script;

    public PSScriptMethod(String name, ScriptCallable script) {
        super(name);
        this.script = script;
    }

    @Override
    @TruffleBoundary
    public Object invoke(Object owner, Object[] args) {
        return script.invoke(owner, null, args);
    }

    @Override
    public List<String> overloadDefinitions() {
        return List.of("System.Object " + name() + "();");
    }

    @Override
    public PSMemberTypes memberType() {
        return PSMemberTypes.ScriptMethod;
    }
}
