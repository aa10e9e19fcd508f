package org.jposh.interpreter.commands;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.host.FieldDescription;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;

/**
 * The binder's services in a running session: the session's host, and the properties of pipeline
 * objects by case-insensitive name: a PSObject's properties (note properties such as PSPath first,
 * then its base object's), the adapted properties of the .NET types the runtime knows, and for other
 * Java objects their record components and public getters; the caller's $PSDefaultParameterValues,
 * read in the scope current when the command is bound (the caller's), and the command's aliases; the
 * host asks for missing mandatory parameters.
 */
final class SessionBindingServices implements BindingServices {
    private static final ClassValue<Map<String, MethodHandle>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return readProperties(type);
        }
    };

    private final PoshContext context;
    private final CommandMetadata command;
    private final Extent extent;
    private boolean warningsContinue;

    /** The services for binding {@code command}, invoked at {@code extent} (null outside an invocation). */
    SessionBindingServices(PoshContext context, CommandMetadata command, Extent extent) {
        this.context = context;
        this.command = command;
        this.extent = extent;
    }

    /** Whether the user answered Yes to All to a warning of the binder, which holds for the command's own warnings. */
    boolean warningsContinue() {
        return warningsContinue;
    }

    @Override
    public PSHost host() {
        return context.host();
    }

    /** The host asks; one that cannot (non-interactive) leaves the parameters missing. */
    @Override
    public Map<String, Object> promptForMandatoryParameters(String caption, String message,
                                                            List<FieldDescription> fields) {
        try {
            return context.host().ui().prompt(caption, message, fields);
        } catch (HostException e) {
            throw new UnsupportedOperationException(e.getMessage(), e);
        }
    }

    @Override
    public Map<?, ?> defaultParameterValues() {
        // Looked up for every command: a lower-case name is its own key, with its hash computed once.
        return PSObject.base(context.sessionState().currentScope().get("psdefaultparametervalues")) instanceof Map<?, ?> map
                ? map : null;
    }

    @Override
    public List<String> aliasesOf(String commandName) {
        List<String> names = new ArrayList<>();
        for (AliasInfo alias : context.sessionState().aliases().all()) {
            if (alias.definition().equalsIgnoreCase(commandName)) {
                names.add(alias.name());
            }
        }
        return names;
    }

    /**
     * As pwsh's binder, which writes through the command's runtime: the command's warning action decides, Stop
     * then stops the command and Inquire asks.
     */
    @Override
    public void writeWarning(String message, CommonParameters common) {
        ActionPreference preference = warningsContinue ? ActionPreference.Continue
                : StreamPreferences.warningAction(common, context.sessionState().currentScope());
        if (PSCmdlet.written(preference)) {
            context.streams().warning().write(new InformationalRecord(InformationalRecord.Kind.WARNING, message));
        }
        if (preference == ActionPreference.Stop) {
            throw PSCmdlet.preferenceStop(command, extent, "WarningPreference", message);
        }
        if (preference == ActionPreference.Inquire) {
            warningsContinue = PSCmdlet.askToContinue(context, command, extent, null);
        }
    }

    @Override
    public Object property(Object target, String name) {
        Object base = target;
        if (target instanceof PSObject pso) {
            if (pso.extendedMember(name) instanceof PSPropertyInfo instanceProperty) {
                return instanceProperty.getValue(pso);
            }
            if (pso.isCustomObject()) {
                return NO_PROPERTY;
            }
            base = pso.baseObject();
        }
        PSProperty adapted = DotNetType.of(base).adapter().property(name);
        if (adapted != null) {
            return adapted.getValue(base);
        }
        MethodHandle getter = PROPERTIES.get(base.getClass()).get(BinderConversions.lower(name));
        if (getter == null) {
            return NO_PROPERTY;
        }
        try {
            return (Object) getter.invokeExact(base);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Map<String, MethodHandle> readProperties(Class<?> type) {
        Map<String, MethodHandle> result = new HashMap<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return result;
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    result.put(BinderConversions.lower(component.getName()), lookup.unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                }
            }
            for (Method method : type.getMethods()) {
                String property = beanProperty(method);
                if (property != null) {
                    result.putIfAbsent(BinderConversions.lower(property), lookup.unreflect(method)
                            .asType(MethodType.methodType(Object.class, Object.class)));
                }
            }
        } catch (IllegalAccessException e) {
            return Map.of();
        }
        return result;
    }

    /** The property a public getter ({@code getName()}, {@code isName()}) reads, or null. */
    private static String beanProperty(Method method) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return name.substring(3);
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return name.substring(2);
        }
        return null;
    }
}
