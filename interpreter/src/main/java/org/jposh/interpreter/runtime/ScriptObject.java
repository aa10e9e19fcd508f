package org.jposh.interpreter.runtime;

/**
 * An instance of a class a script declares: its class and the values of its instance properties,
 * base classes' first, at the indexes the classes gave them.
 */
public final class ScriptObject implements DotNetTyped {
    private final ScriptClass scriptClass;
    final Object[] fields;

    ScriptObject(ScriptClass scriptClass, Object[] fields) {
        this.scriptClass = scriptClass;
        this.fields = fields;
    }

    public ScriptClass scriptClass() {
        return scriptClass;
    }

    @Override
    public DotNetType dotNetType() {
        return scriptClass.type();
    }

    /** The class's ToString() when it declares one (or inherits one from a script class), else the type's name. */
    @Override
    public String toString() {
        return scriptClass.toString(this);
    }
}
