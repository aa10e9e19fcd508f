package org.jposh.interpreter.runtime;

/**
 * An instance of a class a script declares: its class, and the values of its instance properties in the
 * fields of the subclass made for the script class ({@link ScriptField}). A class deriving from a .NET type
 * ({@code class MyError : System.Exception}) also has an instance of that type, its base object, which
 * the inherited members act on.
 *
 * <p>Object's virtual methods dispatch to the script's overrides as .NET's do: {@code equals} runs the
 * class's {@code Equals($other)} and {@code hashCode} its {@code GetHashCode()} when it declares them,
 * so {@code -eq}, {@code -contains}, hashtable keys and Group-Object see the class's equality.
 */
public class ScriptObject implements DotNetTyped {
    private final ScriptClass scriptClass;
    private Object baseObject;

    /**
     * Called by the constructor of the class the static object model generates for the script class, a
     * subclass holding the properties' fields (see {@link ScriptField}); not to be called otherwise.
     */
    public ScriptObject(ScriptClass scriptClass) {
        this.scriptClass = scriptClass;
    }

    /** How the script class's generated subclass makes its instances. */
    public interface Factory {
        ScriptObject create(ScriptClass scriptClass);
    }

    public ScriptClass scriptClass() {
        return scriptClass;
    }

    @Override
    public DotNetType dotNetType() {
        return scriptClass.type();
    }

    /** The instance of the .NET base type (an exception, a list), or null for a class deriving from Object. */
    public Object baseObject() {
        return baseObject;
    }

    void setBaseObject(Object baseObject) {
        this.baseObject = baseObject;
    }

    /**
     * The elements PowerShell enumerates the object into: those of its GetEnumerator() when the class is
     * IEnumerable, its own when it is an IEnumerator, else those of a collection it derives from; null
     * for a scalar.
     */
    Iterable<?> enumerable() {
        Iterable<?> own = ClassInterfaces.enumerable(this);
        if (own == null && baseObject != null) {
            return LanguagePrimitives.getEnumerable(baseObject);
        }
        return own;
    }

    /** Calls an instance method of the class by name, as {@code $this.Name(args)} does. */
    Object invoke(String method, Object... args) {
        return MemberAccess.invokeMethod(this, method, args);
    }

    /** IComparable.CompareTo, which the class implements. */
    int compareTo(Object other) {
        return LanguagePrimitives.toInt(invoke("CompareTo", other));
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (scriptClass.declaresMethod("Equals", 1)) {
            return LanguagePrimitives.isTrue(invoke("Equals", other));
        }
        return false;
    }

    @Override
    public int hashCode() {
        if (scriptClass.declaresMethod("GetHashCode", 0)) {
            return LanguagePrimitives.toInt(invoke("GetHashCode"));
        }
        return System.identityHashCode(this);
    }

    /** The class's ToString() when it declares one (or inherits one from a script class), else the type's name. */
    @Override
    public String toString() {
        return scriptClass.toString(this);
    }
}
