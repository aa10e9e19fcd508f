package org.jposh.interpreter.commands;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the binder needs to know about a Java cmdlet, read once from its annotations.
 * The cmdlet's package must be open to this module, so that private parameter fields can be set.
 */
public final class CommandMetadata {
    private static final ClassValue<CommandMetadata> CACHE = new ClassValue<>() {
        @Override
        protected CommandMetadata computeValue(Class<?> type) {
            return new CommandMetadata(type.asSubclass(PSCmdlet.class));
        }
    };

    private final String name;
    private final String dotNetTypeName;
    private final List<ParameterMetadata> parameters;
    private final MethodHandle constructor;

    private CommandMetadata(Class<? extends PSCmdlet> type) {
        Cmdlet cmdlet = type.getAnnotation(Cmdlet.class);
        if (cmdlet == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Cmdlet annotation");
        }
        this.name = cmdlet.verb() + "-" + cmdlet.noun();
        this.dotNetTypeName = cmdlet.dotNetTypeName().isEmpty()
                ? "Microsoft.PowerShell.Commands." + type.getSimpleName()
                : cmdlet.dotNetTypeName();
        try {
            // Cmdlets live in modules above this one, which this module does not require.
            CommandMetadata.class.getModule().addReads(type.getModule());
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            this.constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(PSCmdlet.class));
            this.parameters = Collections.unmodifiableList(readParameters(type, lookup));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot use cmdlet class " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    public static CommandMetadata of(Class<? extends PSCmdlet> type) {
        return CACHE.get(type);
    }

    private static List<ParameterMetadata> readParameters(Class<?> type, MethodHandles.Lookup lookup)
            throws IllegalAccessException {
        List<ParameterMetadata> result = new ArrayList<>();
        for (Class<?> c = type; c != PSCmdlet.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Parameter[] declarations = field.getAnnotationsByType(Parameter.class);
                if (declarations.length == 0 || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Parameter p = declarations[0];
                Alias alias = field.getAnnotation(Alias.class);
                MethodHandle setter = lookup.unreflectSetter(field)
                        .asType(MethodType.methodType(void.class, PSCmdlet.class, Object.class));
                result.add(new ParameterMetadata(capitalize(field.getName()),
                        alias == null ? List.of() : Arrays.asList(alias.value()), field.getType(), p.position(),
                        p.mandatory(), p.valueFromPipeline(), p.valueFromRemainingArguments(), p.helpMessage(),
                        setter));
            }
        }
        return result;
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    public String name() {
        return name;
    }

    public String dotNetTypeName() {
        return dotNetTypeName;
    }

    public List<ParameterMetadata> parameters() {
        return parameters;
    }

    PSCmdlet newInstance() {
        try {
            return (PSCmdlet) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
