package org.jposh.interpreter.commands;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.interpreter.runtime.FlagsExpression;

/**
 * Reads a cmdlet class's parameter declarations: every field carrying {@link Parameter}, named after
 * the field with its first letter capitalised. As in PowerShell, the most derived declaration of a
 * name wins: a subclass field of the same name without {@link Parameter} hides the base parameter.
 * A method {@code setName(Type)} declared next to the field is called instead of writing the field,
 * so a cmdlet can reject a value (the rejection becomes ParameterBindingFailed).
 */
final class AnnotatedParameters {
    private AnnotatedParameters() {
    }

    /**
     * @param lookup a lookup of this module (with module access), from which each class's private
     *               lookup is made; cmdlet packages must be open to this module
     */
    static List<ParameterMetadata.Builder> read(Class<?> type, Class<?> stopAt, MethodHandles.Lookup lookup)
            throws ReflectiveOperationException {
        List<ParameterMetadata.Builder> result = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Class<?> c = type; c != stopAt && c != Object.class; c = c.getSuperclass()) {
            MethodHandles.Lookup classLookup = MethodHandles.privateLookupIn(c, lookup);
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !declared.add(field.getName())) {
                    continue;
                }
                Parameter[] declarations = field.getAnnotationsByType(Parameter.class);
                if (declarations.length > 0) {
                    result.add(read(field, declarations, classLookup));
                }
            }
        }
        return result;
    }

    private static ParameterMetadata.Builder read(Field field, Parameter[] declarations, MethodHandles.Lookup lookup)
            throws ReflectiveOperationException {
        String name = parameterName(field.getName());
        ParameterMetadata.Builder builder = ParameterMetadata.builder(name, field.getType());
        for (Parameter declaration : declarations) {
            builder.attribute(ParameterAttribute.of(declaration));
        }
        if (field.getGenericType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            builder.elementType(element);
            if (field.getType() == FlagsExpression.class) {
                builder.typeName(FlagsExpression.typeName(
                        ((FlagsExpression.Flags) element.getEnumConstants()[0]).dotNetType()));
            }
        }
        for (Annotation annotation : field.getAnnotations()) {
            ParameterValidation validation = ParameterValidation.of(annotation);
            if (validation != null) {
                builder.validation(validation);
            } else if (annotation instanceof Alias alias) {
                builder.alias(alias.value());
            } else if (annotation instanceof TransformArgument transform) {
                builder.transformation(transform.value().getDeclaredConstructor().newInstance());
            } else if (annotation instanceof AllowNull) {
                builder.allowNull();
            } else if (annotation instanceof AllowEmptyString) {
                builder.allowEmptyString();
            } else if (annotation instanceof AllowEmptyCollection) {
                builder.allowEmptyCollection();
            }
        }
        MethodHandle getter = lookup.unreflectGetter(field);
        MethodHandle setter = setterMethod(field, name, lookup);
        return builder.accessor(new ParameterMetadata.Accessor(
                getter.asType(MethodType.methodType(Object.class, Object.class)),
                setter.asType(MethodType.methodType(void.class, Object.class, Object.class))));
    }

    /**
     * The parameter's name: the field's, capitalized; a field named after a Java keyword ends in an
     * underscore, which is not part of the name ({@code static_} is -Static).
     */
    private static String parameterName(String fieldName) {
        String name = fieldName.endsWith("_") ? fieldName.substring(0, fieldName.length() - 1) : fieldName;
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static MethodHandle setterMethod(Field field, String name, MethodHandles.Lookup lookup)
            throws IllegalAccessException {
        for (Method method : field.getDeclaringClass().getDeclaredMethods()) {
            if (method.getName().equals("set" + name) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == field.getType() && !Modifier.isStatic(method.getModifiers())) {
                return lookup.unreflect(method);
            }
        }
        return lookup.unreflectSetter(field);
    }
}
