package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.xml.XmlNode;
import org.jposh.interpreter.runtime.xml.XmlNodeAdapter;

/**
 * Member access as scripts write it: {@code $obj.Name}, {@code $obj.Name = v}, {@code $obj.Method(...)},
 * {@code [type]::Name}, {@code [type]::Method(...)}. The order is pwsh's: a PSObject's instance and type-data
 * members, then a dictionary's keys ({@code $h.key}) or an XML node's attributes and children
 * ({@link XmlNodeAdapter}), then the adapted members of the .NET type; a
 * collection without the member applies it to each element (member enumeration). {@code Count} and
 * {@code Length} exist on every scalar (1) and on $null (0).
 *
 * <p>These are the general (uncached) paths. A node caches by looking the member up once in
 * {@code DotNetType.of(target).adapter()} and calling the {@link PSProperty}/{@link PSMethod} it got
 * while the target's type stays the same.
 */
public final class MemberAccess {
    private MemberAccess() {
    }

    /** {@code $target.name}: the value, or $null when there is no such member (strict mode is the caller's). */
    @TruffleBoundary
    public static Object getMember(Object target, String name) {
        Object value = tryGetMember(target, name);
        return value != AutomationNull.VALUE ? value : absentMember(target, name);
    }

    /**
     * What {@code $target.name} reads outside strict mode when the target has no such member: $null,
     * but {@code Count} and {@code Length} are 1 on any scalar and 0 on $null.
     */
    public static Object absentMember(Object target, String name) {
        if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")) {
            return LanguagePrimitives.isNull(target) ? 0 : 1;
        }
        return null;
    }

    /** Strict mode's error for reading a member the target does not have (pwsh leaves its category unset). */
    public static PSRuntimeException propertyNotFoundStrict(String name) {
        return new PSRuntimeException("PropertyNotFoundStrict", ErrorCategory.NotSpecified, "The property '"
                + name + "' cannot be found on this object. Verify that the property exists.", "PropertyNotFoundException");
    }

    /** Whether {@code $target.name} finds a member (for strict mode's PropertyNotFoundStrict). */
    @TruffleBoundary
    public static boolean hasMember(Object target, String name) {
        return tryGetMember(target, name) != AutomationNull.VALUE;
    }

    /** The member's value, or AutomationNull when the target has no such member. */
    @TruffleBoundary
    public static Object tryGetMember(Object target, String name) {
        if (LanguagePrimitives.isNull(target)) {
            return AutomationNull.VALUE;
        }
        target = withInstanceMembers(target);
        Object base = target;
        if (target instanceof PSObject pso) {
            PSMemberInfo member = pso.extendedMember(name);
            if (member instanceof PSPropertyInfo p) {
                return p.getValue(pso);
            } else if (member != null) {
                return member;
            }
            base = pso.baseObject();
        }
        if (name.equalsIgnoreCase("PSObject")) {
            return new IntrinsicPSObject(PSObject.asPSObject(target));
        } else if (name.equalsIgnoreCase("PSTypeNames")) {
            return PSObject.asPSObject(target).typeNames();
        } else if (name.equalsIgnoreCase("psbase")) {
            return base;
        }
        if (base instanceof PSCustomObject) {
            return AutomationNull.VALUE;
        }
        if (base instanceof Map<?, ?> map && map.containsKey(name)) {
            return map.get(name);
        }
        if (base instanceof XmlNode xml) {
            Object value = XmlNodeAdapter.value(xml, name);
            if (value != AutomationNull.VALUE) {
                return value;
            }
        }
        if (ForeignObjects.isForeign(base)) {
            Object value = ForeignObjects.readHashValue(base, name);
            long size = ForeignObjects.arraySize(base);
            if (value != AutomationNull.VALUE) {
                return value;
            } else if (size >= 0 && (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length"))) {
                return (int) size;
            }
        }
        TypeAdapter adapter = DotNetType.of(base).adapter();
        PSProperty property = adapter.property(name);
        if (property != null) {
            return property.getValue(base);
        }
        PSMethodInfo method = adapter.invocable(name);
        if (method != null) {
            return method;
        }
        if (!(base instanceof Map<?, ?>)) {
            Iterable<?> elements = LanguagePrimitives.getEnumerable(base);
            if (elements != null) {
                return enumerateProperty(elements, name);
            }
        }
        return AutomationNull.VALUE;
    }

    /**
     * A value given members of its own ({@link InstanceMemberTable}) or by its type's extended type data
     * ({@link TypeTable}) as a PSObject that has them.
     */
    private static Object withInstanceMembers(Object target) {
        return hasExtendedMembers(target) ? new PSObject(target) : target;
    }

    /**
     * Whether a value that is not a PSObject has members beyond its type's adapted ones, which member-access nodes
     * must not cache past: free while no script has used Add-Member on such a value or Update-TypeData.
     */
    public static boolean hasExtendedMembers(Object target) {
        return InstanceMemberTable.hasMembers(target) || TypeTable.hasMembers(target);
    }

    private static Object enumerateProperty(Iterable<?> elements, String name) {
        List<Object> results = new ArrayList<>();
        collectProperty(elements, name, results);
        if (results.isEmpty()) {
            return AutomationNull.VALUE;
        }
        return results.size() == 1 ? results.getFirst() : results.toArray();
    }

    private static void collectProperty(Iterable<?> elements, String name, List<Object> results) {
        for (Object element : elements) {
            Object value = tryGetMember(element, name);
            if (value != AutomationNull.VALUE) {
                flatten(value, results);
            } else {
                Iterable<?> nested = LanguagePrimitives.getEnumerable(element);
                if (nested != null) {
                    collectProperty(nested, name, results);
                }
            }
        }
    }

    private static void flatten(Object value, List<Object> results) {
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            results.add(value);
        } else {
            elements.forEach(results::add);
        }
    }

    private static PSRuntimeException propertyNotSettable(String errorId, String name) {
        return new PSRuntimeException(errorId, ErrorCategory.InvalidOperation, "The property '" + name
                + "' cannot be found on this object. Verify that the property exists and can be set.");
    }

    /**
     * {@code $target.name = value}: sets a PSObject's property, a dictionary's key (added if new) or a
     * settable .NET property.
     *
     * @throws PSRuntimeException PropertyNotFound on $null, PropertyAssignmentException for a property not there or
     *         read-only
     */
    @TruffleBoundary
    public static void setMember(Object target, String name, Object value) {
        Object stored = LanguagePrimitives.automationNullToNull(value);
        target = withInstanceMembers(target);
        if (target instanceof PSObject pso) {
            if (pso.extendedMember(name) instanceof PSPropertyInfo p) {
                p.setValue(pso, stored);
                return;
            }
            target = pso.baseObject();
        }
        if (target instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> dictionary = (Map<Object, Object>) map;
            dictionary.put(name, stored);
            return;
        }
        if (target instanceof XmlNode xml && XmlNodeAdapter.set(xml, name, stored)) {
            return;
        }
        PSProperty property = target == null || target instanceof PSCustomObject ? null
                : DotNetType.of(target).adapter().property(name);
        if (property == null) {
            // pwsh's set-member binder: PropertyNotFound on $null, PropertyAssignmentException on an object
            throw propertyNotSettable(target == null ? "PropertyNotFound" : "PropertyAssignmentException", name);
        }
        property.setValue(target, stored);
    }

    /**
     * {@code $target.name(args)}: a PSObject's script method, else the .NET method; on a collection
     * without the method, each element's (results flattened; one result is returned as it is).
     *
     * @throws PSRuntimeException InvokeMethodOnNull, MethodNotFound, MethodException, MethodInvocationException
     */
    @TruffleBoundary
    public static Object invokeMethod(Object target, String name, Object[] args) {
        if (LanguagePrimitives.isNull(target)) {
            throw new PSRuntimeException("InvokeMethodOnNull", ErrorCategory.InvalidOperation,
                    "You cannot call a method on a null-valued expression.");
        }
        target = withInstanceMembers(target);
        PSMethodInfo method = findMethod(target, name);
        Object base = PSObject.base(target);
        if (method != null) {
            return method.invoke(method instanceof PSScriptMethod ? target : base, args);
        }
        if (IntrinsicMethods.isIntrinsic(name, args.length)) {
            return IntrinsicMethods.invoke(target, name, args);
        }
        Iterable<?> elements = base instanceof Map<?, ?> ? null : LanguagePrimitives.getEnumerable(base);
        if (elements != null) {
            List<Object> results = new ArrayList<>();
            boolean found = false;
            for (Object element : elements) {
                if (LanguagePrimitives.isNull(element)) {
                    continue;
                }
                // an element without the method fails the call, naming the element's type (a nested
                // collection applies it to its own elements in turn)
                found = true;
                Object result = invokeMethod(element, name, args);
                if (result != AutomationNull.VALUE) {
                    flatten(result, results);
                }
            }
            if (found) {
                return results.isEmpty() ? AutomationNull.VALUE : results.size() == 1 ? results.getFirst()
                        : results.toArray();
            }
        }
        throw methodNotFound(DotNetType.of(target instanceof PSObject pso && pso.isCustomObject() ? pso.baseObject()
                : base), name);
    }

    private static PSMethodInfo findMethod(Object target, String name) {
        if (target instanceof PSObject pso) {
            return pso.method(name);
        }
        return DotNetType.of(target).adapter().invocable(name);
    }

    /**
     * {@code $target.name(args) = value}: assigns through a parameterized property ({@code $h.Item('k') = 5}).
     *
     * @throws PSRuntimeException InvokeMethodOnNull, MethodNotFound when the target has no such property
     */
    @TruffleBoundary
    public static void invokeSetMember(Object target, String name, Object[] args, Object value) {
        if (LanguagePrimitives.isNull(target)) {
            throw new PSRuntimeException("InvokeMethodOnNull", ErrorCategory.InvalidOperation,
                    "You cannot call a method on a null-valued expression.");
        }
        Object base = PSObject.base(target);
        PSParameterizedProperty property = base instanceof PSCustomObject ? null
                : DotNetType.of(base).adapter().parameterizedProperty(name);
        if (property == null) {
            throw methodNotFound(DotNetType.of(base), name);
        }
        property.invokeSet(base, LanguagePrimitives.automationNullToNull(value), args);
    }

    /** Whether {@code [type]::name} names a static property or method (for strict mode's PropertyNotFoundStrict). */
    @TruffleBoundary
    public static boolean hasStaticMember(DotNetType type, String name) {
        return type.adapter().staticProperty(name) != null || type.adapter().staticMethod(name) != null;
    }

    /** {@code [type]::name}: a static property's value, the static method itself, or $null. */
    @TruffleBoundary
    public static Object getStaticMember(DotNetType type, String name) {
        PSProperty property = type.adapter().staticProperty(name);
        if (property != null) {
            return property.getValue(null);
        }
        PSMethod method = type.adapter().staticMethod(name);
        return method;
    }

    /**
     * {@code [type]::name = value}: sets a settable static property.
     *
     * @throws PSRuntimeException PropertyAssignmentException, for a property not there or read-only
     */
    @TruffleBoundary
    public static void setStaticMember(DotNetType type, String name, Object value) {
        PSProperty property = type.adapter().staticProperty(name);
        if (property == null) {
            throw propertyNotSettable("PropertyAssignmentException", name);
        }
        property.setValue(null, LanguagePrimitives.automationNullToNull(value));
    }

    /** {@code [type]::name(args)}, including {@code [type]::new(args)}. */
    @TruffleBoundary
    public static Object invokeStaticMethod(DotNetType type, String name, Object[] args) {
        PSMethod method = type.adapter().staticMethod(name);
        if (method == null) {
            throw methodNotFound(type, name);
        }
        return method.invoke(null, args);
    }

    /**
     * {@code $target.name[T](args)} or, with {@code staticType}, {@code [type]::name[T](args)}: the generic method
     * closed over the type arguments. A method of the name that takes no such type arguments (or not this many
     * arguments) is pwsh's MethodCountCouldNotFindBestGeneric.
     *
     * @param staticType the type of a static call, or null for an instance call on {@code target}
     */
    @TruffleBoundary
    public static Object invokeGenericMethod(Object target, DotNetType staticType, String name,
                                             DotNetType[] typeArguments, Object[] args) {
        if (staticType == null && LanguagePrimitives.isNull(target)) {
            throw new PSRuntimeException("InvokeMethodOnNull", ErrorCategory.InvalidOperation,
                    "You cannot call a method on a null-valued expression.");
        }
        Object base = PSObject.base(target);
        DotNetType type = staticType != null ? staticType : DotNetType.of(base);
        PSMethod method = type.adapter().closedGenericMethod(name, staticType != null, typeArguments);
        if (method == null || method.overloads().stream().noneMatch(o -> o.accepts(args.length))) {
            boolean exists = method != null || (staticType != null ? type.adapter().staticMethod(name)
                    : type.adapter().invocable(name)) != null;
            if (!exists) {
                throw methodNotFound(type, name);
            }
            throw new MethodException("MethodCountCouldNotFindBestGeneric", "Could not find a suitable generic method "
                    + "overload for \"" + name + "\" with \"" + typeArguments.length
                    + "\" type parameters, and the argument count: \"" + args.length + "\".");
        }
        return method.invoke(staticType != null ? null : base, args);
    }

    public static PSRuntimeException methodNotFound(DotNetType type, String name) {
        return new PSRuntimeException("MethodNotFound", ErrorCategory.InvalidOperation,
                "Method invocation failed because [" + type.fullName() + "] does not contain a method named '"
                        + name + "'.");
    }
}
