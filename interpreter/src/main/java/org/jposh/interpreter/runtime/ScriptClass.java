package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.staticobject.StaticShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.commands.ValidationMetadataException;

/**
 * A class a script declares ({@code class Point : Shape { [int]$X = 1; Point([int]$x) { ... } ... }}),
 * made into a {@link DotNetType} whose {@link TypeAdapter} holds the class's members, so that member
 * access, conversion, formatting and {@code -is} treat its instances ({@link ScriptObject}) as they
 * treat .NET objects. The compiler creates the class, adds its members, and the type builds its
 * adapter from them on first use.
 *
 * <p>Making an instance, as pwsh does: every property starts at its type's default ({@code 0},
 * {@code $false}, {@code $null}); a constructor runs the base class's constructor (the one its
 * {@code : base(...)} arguments select, else the one without parameters), then the class's property
 * initializers, then its own body.
 *
 * <p>A class may derive from a .NET type instead ({@code class MyError : System.Exception}): the
 * constructor then makes an instance of that type with the {@code : base(...)} arguments, kept as the
 * instance's {@link ScriptObject#baseObject}, and the type's members act on it. It may also implement
 * interfaces ({@link ClassInterfaces}).
 */
public final class ScriptClass {
    private static final Object[] NO_ARGUMENTS = {};

    private final DotNetType type;
    private final ScriptClass base;
    private final DotNetType dotNetBase;
    private final List<Property> properties = new ArrayList<>();
    private final List<Property> staticProperties = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();
    private final List<Constructor> constructors = new ArrayList<>();
    private ScriptMethod staticConstructor;
    private Object[] staticValues;
    /**
     * What the static initializers or constructor threw, which every later use of the class throws again, as .NET's
     * does. It escapes property getters as it is, as .NET raises it before the getter runs.
     */
    private PSRuntimeException staticFailure;
    private PSMethod baseInitializers;
    private volatile Layout layout;

    /**
     * A property; {@code initializer} (null for none) computes its initial value. The index counts the
     * class's own properties (of instance and static properties apart).
     */
    private record Property(String name, DotNetType type, boolean hidden, ScriptMethod initializer, int index,
                            List<ParameterValidation> validations) {
        /**
         * Checks a value assigned to the property against its validation attributes ({@code [ValidateRange(1,10)]}),
         * after conversion to its type; a failure is pwsh's "Exception setting" error around ValidationMetadataException.
         */
        Object validated(Object value) {
            for (ParameterValidation validation : validations) {
                try {
                    validation.validate(value);
                } catch (ValidationMetadataException e) {
                    throw new DotNetException("System.Management.Automation.ValidationMetadataException",
                            e.getMessage());
                }
            }
            return value;
        }
    }

    private record Method(ScriptMethod code, boolean isStatic) {
    }

    /** @param baseArguments evaluates the arguments of {@code : base(...)} in the constructor's scope; null without one */
    private record Constructor(ScriptMethod code, CallTarget baseArguments) {
    }

    /**
     * @param base the script class it derives from, or null
     * @param dotNetBase the .NET type it derives from when {@code base} is null; null for System.Object
     */
    public ScriptClass(String name, ScriptClass base, DotNetType dotNetBase) {
        this.base = base;
        this.dotNetBase = base == null ? dotNetBase : null;
        this.type = CoreTypes.define("", name, ScriptObject.class, base != null ? base.type
                : dotNetBase != null ? dotNetBase : CoreTypes.OBJECT, this::defineMembers);
    }

    /** Declares the interfaces the class implements; made after the class, as they may name it ({@code IEquatable[C]}). */
    public void setInterfaces(List<DotNetType> interfaces) {
        type.setInterfaces(interfaces);
    }

    /**
     * The first method an interface of the class requires that neither the class nor a script base class
     * declares (properties count as their getters, {@code get_Current}), or null when none is missing.
     */
    public String missingInterfaceMethod() {
        for (DotNetType declared : type.interfaces()) {
            for (ClassInterfaces.Required required : ClassInterfaces.requiredMethods(declared)) {
                if (!implementsMethod(required)) {
                    return required.name();
                }
            }
        }
        return null;
    }

    private boolean implementsMethod(ClassInterfaces.Required required) {
        for (ScriptClass c = this; c != null; c = c.base) {
            for (Method m : c.methods) {
                if (!m.isStatic && m.code.name().equalsIgnoreCase(required.name())
                        && m.code.parameters().length == required.parameterCount()
                        && (m.code.returnType() != CoreTypes.VOID) == required.returnsValue()) {
                    return true;
                }
            }
            if (required.name().startsWith("get_")) {
                for (Property p : c.properties) {
                    if (p.name.equalsIgnoreCase(required.name().substring(4))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the class or a script base class declares an instance method with this name and parameter count. */
    boolean declaresMethod(String name, int parameterCount) {
        for (ScriptClass c = this; c != null; c = c.base) {
            for (Method m : c.methods) {
                if (!m.isStatic && m.code.parameters().length == parameterCount && m.code.name().equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    public DotNetType type() {
        return type;
    }

    /** @param validations the property's validation attributes, checked when a value is assigned */
    public void addProperty(String name, DotNetType propertyType, boolean isStatic, boolean hidden,
                            ScriptMethod initializer, List<ParameterValidation> validations) {
        if (isStatic) {
            staticProperties.add(new Property(name, propertyType, hidden, initializer, staticProperties.size(),
                    List.copyOf(validations)));
        } else {
            properties.add(new Property(name, propertyType, hidden, initializer, properties.size(),
                    List.copyOf(validations)));
        }
    }

    /** The class is defined by a module's code: its methods, constructors and initializers run in that module. */
    public void setModuleScope(SessionStateScope moduleScope) {
        for (Property p : properties) {
            setModuleScope(p.initializer(), moduleScope);
        }
        for (Property p : staticProperties) {
            setModuleScope(p.initializer(), moduleScope);
        }
        for (Method m : methods) {
            m.code().setModuleScope(moduleScope);
        }
        for (Constructor c : constructors) {
            c.code().setModuleScope(moduleScope);
        }
        setModuleScope(staticConstructor, moduleScope);
    }

    private static void setModuleScope(ScriptMethod code, SessionStateScope moduleScope) {
        if (code != null) {
            code.setModuleScope(moduleScope);
        }
    }

    public void addMethod(ScriptMethod code, boolean isStatic) {
        methods.add(new Method(code, isStatic));
    }

    public void addConstructor(ScriptMethod code, CallTarget baseArguments) {
        constructors.add(new Constructor(code, baseArguments));
    }

    /**
     * {@code static C() { ... }}: .NET's type initializer, which runs once, after the static property
     * initializers, before the class's first instance or first use of a static member.
     */
    public void setStaticConstructor(ScriptMethod code) {
        staticConstructor = code;
    }

    /**
     * The generated class of the instances and the fields of the class's own properties (by property index),
     * made on first use, when the compiler has declared every property; a derived class's generated class
     * extends its base class's. {@code defaults} are the fields, the base classes' included, whose type's
     * default is not the zero a new object's field holds (a [datetime], an enum).
     */
    private record Layout(StaticShape<ScriptObject.Factory> shape, ScriptField[] fields, ScriptField[] defaultFields,
                          Object[] defaultValues) {
    }

    private Layout layout() {
        Layout result = layout;
        if (result == null) {
            synchronized (this) {
                result = layout;
                if (result == null) {
                    result = makeLayout();
                    layout = result;
                }
            }
        }
        return result;
    }

    private Layout makeLayout() {
        StaticShape.Builder builder = StaticShape.newBuilder(PoshLanguage.get(null));
        ScriptField[] fields = new ScriptField[properties.size()];
        for (Property p : properties) {
            fields[p.index] = ScriptField.declare(builder, p.name, p.type);
        }
        StaticShape<ScriptObject.Factory> shape = base == null
                ? builder.build(ScriptObject.class, ScriptObject.Factory.class) : builder.build(base.layout().shape);
        List<ScriptField> defaultFields = new ArrayList<>();
        List<Object> defaultValues = new ArrayList<>();
        if (base != null) {
            Layout inherited = base.layout();
            defaultFields.addAll(List.of(inherited.defaultFields));
            defaultValues.addAll(List.of(inherited.defaultValues));
        }
        for (Property p : properties) {
            Object value = defaultValue(p.type);
            if (!fields[p.index].holdsByDefault(value)) {
                defaultFields.add(fields[p.index]);
                defaultValues.add(value);
            }
        }
        return new Layout(shape, fields, defaultFields.toArray(ScriptField[]::new), defaultValues.toArray());
    }

    /** The members of the type's adapter; the base class's come through the base type's adapter. */
    private void defineMembers(TypeAdapter.Builder b) {
        ScriptField[] fields = layout().fields;
        for (Property p : properties) {
            ScriptField field = fields[p.index];
            b.scriptField(p.name, p.type, field, p.hidden, (o, v) -> field.set((ScriptObject) o, p.validated(v)));
        }
        for (Property p : staticProperties) {
            int index = p.index;
            b.scriptStaticProperty(p.name, p.type, () -> statics()[index], v -> statics()[index] = p.validated(v));
        }
        for (Method m : methods) {
            ScriptMethod code = m.code;
            if (m.isStatic) {
                b.staticMethod(code.name(), code.returnType(), (t, a) -> {
                    statics();
                    return code.invoke(null, a);
                }, code.parameters());
            } else {
                b.method(code.name(), code.returnType(), code::invoke, code.parameters());
            }
        }
        inheritOverloads(b);
        if (dotNetBase != null) {
            Set<String> declared = new HashSet<>();
            for (Method m : methods) {
                declared.add(m.code.name().toLowerCase(Locale.ROOT));
            }
            dotNetBase.adapter().inheritInto(b, o -> ((ScriptObject) o).baseObject(), declared);
        }
        if (constructors.isEmpty()) {
            b.constructor((t, a) -> newInstance(null, a));
        }
        for (Constructor c : constructors) {
            b.constructor((t, a) -> newInstance(c, a), c.code.parameters());
        }
    }

    /**
     * A method the class declares hides the base class's method of that name in the adapter, so the
     * base's overloads with other parameter counts are added here, as .NET keeps them callable.
     */
    private void inheritOverloads(TypeAdapter.Builder b) {
        List<ScriptMethod> own = new ArrayList<>();
        for (Method m : methods) {
            if (!m.isStatic) {
                own.add(m.code);
            }
        }
        for (ScriptClass c = base; c != null; c = c.base) {
            for (Method m : c.methods) {
                if (!m.isStatic && declares(own, m.code.name()) && !overrides(own, m.code)) {
                    b.method(m.code.name(), m.code.returnType(), m.code::invoke, m.code.parameters());
                    own.add(m.code);
                }
            }
        }
    }

    private static boolean declares(List<ScriptMethod> methods, String name) {
        for (ScriptMethod m : methods) {
            if (m.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overrides(List<ScriptMethod> methods, ScriptMethod method) {
        for (ScriptMethod m : methods) {
            if (m.name().equalsIgnoreCase(method.name()) && m.parameters().length == method.parameters().length) {
                return true;
            }
        }
        return false;
    }

    /** {@code [C]::new(args)} with the constructor the arguments selected (null: the implicit one). */
    private ScriptObject newInstance(Constructor constructor, Object[] args) {
        statics();
        Layout layout = layout();
        ScriptObject instance = layout.shape.getFactory().create(this);
        for (int i = 0; i < layout.defaultFields.length; i++) {
            layout.defaultFields[i].set(instance, layout.defaultValues[i]);
        }
        initialize(instance, constructor, args);
        return instance;
    }

    private void initialize(ScriptObject instance, Constructor constructor, Object[] args) {
        if (constructor == null) {
            initializeBase(instance, NO_ARGUMENTS);
            initializeProperties(instance);
            return;
        }
        SessionStateScope scope = constructor.code.newScope(instance, args);
        initializeBase(instance, constructor.baseArguments == null ? NO_ARGUMENTS
                : ScriptMethod.outputs(constructor.baseArguments, scope));
        initializeProperties(instance);
        constructor.code.runBody(scope);
    }

    /**
     * Runs the base class's constructor that the arguments select: a script base class's on the instance,
     * or a .NET base type's, whose new object becomes the instance's base object. An exception made so
     * is of the script class's type, so that {@code catch [MyError]} takes it when it is thrown.
     */
    private void initializeBase(ScriptObject instance, Object[] baseArgs) {
        if (base != null) {
            base.baseInitializers().invoke(instance, baseArgs);
        } else if (dotNetBase != null) {
            Object created = dotNetBase.adapter().staticMethod("new").invoke(null, baseArgs);
            instance.setBaseObject(created instanceof ExceptionValue exception
                    ? exception.derived(instance) : created);
        }
    }

    /**
     * The constructors as a derived class's constructor calls them on its new instance, chosen by the
     * arguments as {@code [C]::new} chooses.
     */
    private synchronized PSMethod baseInitializers() {
        if (baseInitializers == null) {
            List<MethodOverload> overloads = new ArrayList<>();
            if (constructors.isEmpty()) {
                overloads.add(new MethodOverload(CoreTypes.VOID, new MethodOverload.Parameter[0], false, false,
                        (t, a) -> initializeWith(t, null, a)));
            }
            for (Constructor c : constructors) {
                overloads.add(new MethodOverload(CoreTypes.VOID, c.code.parameters(), false, false,
                        (t, a) -> initializeWith(t, c, a)));
            }
            baseInitializers = new PSMethod("new", overloads.toArray(MethodOverload[]::new));
        }
        return baseInitializers;
    }

    private Object initializeWith(Object instance, Constructor constructor, Object[] args) {
        initialize((ScriptObject) instance, constructor, args);
        return AutomationNull.VALUE;
    }

    private void initializeProperties(ScriptObject instance) {
        for (Property p : properties) {
            if (p.initializer != null) {
                layout().fields[p.index].set(instance, LanguagePrimitives.convertTo(
                        p.initializer.invoke(null, NO_ARGUMENTS), p.type));
            }
        }
    }

    /**
     * The static properties' values, initialized on first use.
     *
     * @throws PSRuntimeException TypeInitializationException, around what an initializer or the static constructor
     *         threw
     */
    private synchronized Object[] statics() {
        if (staticFailure != null) {
            throw staticFailure;
        }
        if (staticValues == null) {
            // a base class's statics are ready first, as its static constructor runs before the derived one's
            if (base != null) {
                base.statics();
            }
            Object[] values = new Object[staticProperties.size()];
            for (Property p : staticProperties) {
                values[p.index] = defaultValue(p.type);
            }
            staticValues = values;
            try {
                for (Property p : staticProperties) {
                    if (p.initializer != null) {
                        values[p.index] = LanguagePrimitives.convertTo(p.initializer.invoke(null, NO_ARGUMENTS),
                                p.type);
                    }
                }
                if (staticConstructor != null) {
                    staticConstructor.invoke(null, NO_ARGUMENTS);
                }
            } catch (PoshException e) {
                staticValues = null;
                staticFailure = PSRuntimeException.fromDotNetException(new DotNetException(
                        "System.TypeInitializationException",
                        "The type initializer for '" + type.name() + "' threw an exception."))
                        .withInnerException(e.thrownException());
                throw staticFailure;
            }
        }
        return staticValues;
    }

    /** default(T): zero for numbers, enums, dates and time spans, $false, the empty GUID, $null for reference types. */
    static Object defaultValue(DotNetType type) {
        if (type.enumType() != null) {
            return new EnumValue(type, 0);
        } else if (type == CoreTypes.DATE_TIME) {
            return DateTime.fromTicks(0, DateTime.Kind.Unspecified);
        } else if (type == CoreTypes.TIME_SPAN) {
            return TimeSpan.ZERO;
        } else if (type == CoreTypes.GUID) {
            return new UUID(0, 0);
        } else if (NumericConversion.isNumericType(type) || type == CoreTypes.BOOLEAN || type == CoreTypes.CHAR) {
            return LanguagePrimitives.convertTo(null, type);
        }
        return null;
    }

    /** ToString(): the one the class or a script base class declares without parameters, else the class name. */
    @TruffleBoundary
    String toString(ScriptObject instance) {
        for (ScriptClass c = this; c != null; c = c.base) {
            for (Method m : c.methods) {
                if (!m.isStatic && m.code.name().equalsIgnoreCase("ToString") && m.code.parameters().length == 0) {
                    return LanguagePrimitives.toStringValue(m.code.invoke(instance, NO_ARGUMENTS));
                }
            }
        }
        // Exception.ToString() is virtual in .NET: the type (the script class) and the message.
        if (instance.baseObject() instanceof ExceptionValue exception) {
            return exception.toString();
        }
        return type.fullName();
    }
}
