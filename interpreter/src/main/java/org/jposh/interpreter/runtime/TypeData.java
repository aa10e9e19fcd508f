package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.SCRIPT_BLOCK;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.TYPE;
import static org.jposh.interpreter.runtime.CoreTypes.UINT32;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * System.Management.Automation.Runspaces.TypeData: what Update-TypeData adds to a session's {@link TypeTable} for
 * one type name and what Get-TypeData returns: members (note, alias, script properties, script methods) and the
 * standard members that live in pwsh's PSStandardMembers set (DefaultDisplayPropertySet and the others), plus the
 * type converter and adapter, which JPosh only keeps.
 */
public final class TypeData {
    private static final String NAMESPACE = "System.Management.Automation.Runspaces";
    static final DotNetType MEMBER_DATA = define("TypeMemberData", TypeMemberData.class, OBJECT,
            b -> b.property("Name", STRING, m -> ((TypeMemberData) m).name));
    static final DotNetType PROPERTY_SET_DATA = define("PropertySetData", PropertySetData.class,
            MEMBER_DATA, TypeData::definePropertySetData);
    public static final DotNetType TYPE_DATA = define("TypeData", TypeData.class, OBJECT,
            TypeData::define);
    private static final DotNetType NOTE = define("NotePropertyData", NotePropertyData.class,
            MEMBER_DATA, b -> {
                b.constructor((t, a) -> new NotePropertyData((String) a[0], a[1]), param("name", STRING),
                        param("value", OBJECT));
                b.property("Value", OBJECT, m -> ((NotePropertyData) m).value);
            });
    private static final DotNetType ALIAS = define("AliasPropertyData", AliasPropertyData.class,
            MEMBER_DATA, b -> {
                b.constructor((t, a) -> new AliasPropertyData((String) a[0], (String) a[1], null),
                        param("name", STRING), param("referencedMemberName", STRING));
                b.constructor((t, a) -> new AliasPropertyData((String) a[0], (String) a[1], (DotNetType) a[2]),
                        param("name", STRING), param("referencedMemberName", STRING), param("type", TYPE));
                b.property("ReferencedMemberName", STRING, m -> ((AliasPropertyData) m).referencedMemberName);
                b.property("MemberType", TYPE, m -> ((AliasPropertyData) m).memberType);
            });
    private static final DotNetType SCRIPT_PROPERTY = define("ScriptPropertyData",
            ScriptPropertyData.class, MEMBER_DATA, b -> {
                b.constructor((t, a) -> new ScriptPropertyData((String) a[0], (ScriptBlock) a[1], null),
                        param("name", STRING), param("getScriptBlock", SCRIPT_BLOCK));
                b.constructor((t, a) -> new ScriptPropertyData((String) a[0], (ScriptBlock) a[1], (ScriptBlock) a[2]),
                        param("name", STRING), param("getScriptBlock", SCRIPT_BLOCK),
                        param("setScriptBlock", SCRIPT_BLOCK));
                b.property("GetScriptBlock", SCRIPT_BLOCK, m -> ((ScriptPropertyData) m).getter);
                b.property("SetScriptBlock", SCRIPT_BLOCK, m -> ((ScriptPropertyData) m).setter);
            });
    private static final DotNetType SCRIPT_METHOD = define("ScriptMethodData",
            ScriptMethodData.class, MEMBER_DATA, b -> {
                b.constructor((t, a) -> new ScriptMethodData((String) a[0], (ScriptBlock) a[1]),
                        param("name", STRING), param("scriptToInvoke", SCRIPT_BLOCK));
                b.property("Script", SCRIPT_BLOCK, m -> ((ScriptMethodData) m).script);
            });

    /** A type of System.Management.Automation.Runspaces, known by its full name and its Java class. */
    private static DotNetType define(String name, Class<?> javaClass, DotNetType baseType,
                                     Consumer<TypeAdapter.Builder> members) {
        DotNetType type = CoreTypes.define(NAMESPACE, name, javaClass, baseType, members);
        CoreTypes.register(type);
        return type;
    }

    private final String typeName;
    /** Dictionary[string, TypeMemberData], keyed by member name, as scripts fill it. */
    private final GenericDictionary members = new GenericDictionary(
            CoreTypes.DICTIONARY.makeGenericType(STRING, MEMBER_DATA));
    DotNetType typeConverter;
    DotNetType typeAdapter;
    boolean isOverride;
    // The standard members, null while not given (the table reports only those given twice).
    String serializationMethod;
    DotNetType targetTypeForDeserialization;
    UInt32 serializationDepth;
    String defaultDisplayProperty;
    Boolean inheritPropertySerializationSet;
    String stringSerializationSource;
    PropertySetData defaultDisplayPropertySet;
    PropertySetData defaultKeyPropertySet;
    PropertySetData propertySerializationSet;

    /** @throws PSRuntimeException when the name is empty, as pwsh's constructor's ArgumentException */
    public TypeData(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            throw DotNetException.argument("The value of the argument \"typeName\" should not be null or empty.",
                    "typeName");
        }
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }

    /** The members by name, in the order they were added. */
    @SuppressWarnings("unchecked")
    public Map<String, TypeMemberData> members() {
        return (Map<String, TypeMemberData>) (Map<?, ?>) members;
    }

    public void setOverride(boolean isOverride) {
        this.isOverride = isOverride;
    }

    public void setTypeConverter(DotNetType type) {
        typeConverter = type;
    }

    public void setTypeAdapter(DotNetType type) {
        typeAdapter = type;
    }

    public void setSerializationMethod(String value) {
        serializationMethod = value;
    }

    public void setTargetTypeForDeserialization(DotNetType type) {
        targetTypeForDeserialization = type;
    }

    public void setSerializationDepth(long depth) {
        serializationDepth = UInt32.valueOf(depth);
    }

    public void setDefaultDisplayProperty(String name) {
        defaultDisplayProperty = name;
    }

    public void setInheritPropertySerializationSet(boolean inherit) {
        inheritPropertySerializationSet = inherit;
    }

    public void setStringSerializationSource(String name) {
        stringSerializationSource = name;
    }

    public void setDefaultDisplayPropertySet(List<String> names) {
        defaultDisplayPropertySet = names == null ? null : new PropertySetData(names);
    }

    public void setDefaultKeyPropertySet(List<String> names) {
        defaultKeyPropertySet = names == null ? null : new PropertySetData(names);
    }

    public void setPropertySerializationSet(List<String> names) {
        propertySerializationSet = names == null ? null : new PropertySetData(names);
    }

    /** Whether it gives nothing to add (pwsh's TypeDataEmpty): the standard notes alone do not count. */
    public boolean isEmpty() {
        return members.isEmpty() && typeConverter == null && typeAdapter == null && defaultDisplayPropertySet == null
                && defaultKeyPropertySet == null && propertySerializationSet == null && serializationMethod == null
                && targetTypeForDeserialization == null && serializationDepth == null && defaultDisplayProperty == null
                && inheritPropertySerializationSet == null && stringSerializationSource == null;
    }

    /** TypeData.Copy(): the members and settings in a new TypeData (the member data themselves are shared). */
    public TypeData copy() {
        TypeData copy = new TypeData(typeName);
        copy.members.putAll(members);
        copy.typeConverter = typeConverter;
        copy.typeAdapter = typeAdapter;
        copy.isOverride = isOverride;
        copy.serializationMethod = serializationMethod;
        copy.targetTypeForDeserialization = targetTypeForDeserialization;
        copy.serializationDepth = serializationDepth;
        copy.defaultDisplayProperty = defaultDisplayProperty;
        copy.inheritPropertySerializationSet = inheritPropertySerializationSet;
        copy.stringSerializationSource = stringSerializationSource;
        copy.defaultDisplayPropertySet = defaultDisplayPropertySet;
        copy.defaultKeyPropertySet = defaultKeyPropertySet;
        copy.propertySerializationSet = propertySerializationSet;
        return copy;
    }

    /** .NET's Object.ToString, as TypeData has no ToString of its own. */
    @Override
    public String toString() {
        return TYPE_DATA.fullName();
    }

    private static void define(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new TypeData((String) a[0]), param("typeName", STRING));
        b.constructor((t, a) -> new TypeData(((DotNetType) a[0]).fullName()), param("type", TYPE));
        b.property("TypeName", STRING, d -> ((TypeData) d).typeName);
        b.property("Members", CoreTypes.DICTIONARY.makeGenericType(STRING, MEMBER_DATA), d -> ((TypeData) d).members);
        b.property("TypeConverter", TYPE, d -> ((TypeData) d).typeConverter,
                (d, v) -> ((TypeData) d).typeConverter = (DotNetType) v);
        b.property("TypeAdapter", TYPE, d -> ((TypeData) d).typeAdapter,
                (d, v) -> ((TypeData) d).typeAdapter = (DotNetType) v);
        b.property("IsOverride", BOOLEAN, d -> ((TypeData) d).isOverride,
                (d, v) -> ((TypeData) d).isOverride = (Boolean) v);
        b.property("SerializationMethod", STRING, d -> ((TypeData) d).serializationMethod,
                (d, v) -> ((TypeData) d).serializationMethod = (String) v);
        b.property("TargetTypeForDeserialization", TYPE, d -> ((TypeData) d).targetTypeForDeserialization,
                (d, v) -> ((TypeData) d).targetTypeForDeserialization = (DotNetType) v);
        b.property("SerializationDepth", UINT32, d -> {
            UInt32 depth = ((TypeData) d).serializationDepth;
            return depth == null ? UInt32.valueOf(0) : depth;
        }, (d, v) -> ((TypeData) d).serializationDepth = (UInt32) v);
        b.property("DefaultDisplayProperty", STRING, d -> ((TypeData) d).defaultDisplayProperty,
                (d, v) -> ((TypeData) d).defaultDisplayProperty = (String) v);
        b.property("InheritPropertySerializationSet", BOOLEAN,
                d -> Boolean.TRUE.equals(((TypeData) d).inheritPropertySerializationSet),
                (d, v) -> ((TypeData) d).inheritPropertySerializationSet = (Boolean) v);
        b.property("StringSerializationSource", STRING, d -> ((TypeData) d).stringSerializationSource,
                (d, v) -> ((TypeData) d).stringSerializationSource = (String) v);
        b.property("DefaultDisplayPropertySet", PROPERTY_SET_DATA, d -> ((TypeData) d).defaultDisplayPropertySet,
                (d, v) -> ((TypeData) d).defaultDisplayPropertySet = (PropertySetData) v);
        b.property("DefaultKeyPropertySet", PROPERTY_SET_DATA, d -> ((TypeData) d).defaultKeyPropertySet,
                (d, v) -> ((TypeData) d).defaultKeyPropertySet = (PropertySetData) v);
        b.property("PropertySerializationSet", PROPERTY_SET_DATA, d -> ((TypeData) d).propertySerializationSet,
                (d, v) -> ((TypeData) d).propertySerializationSet = (PropertySetData) v);
        b.method("Copy", TYPE_DATA, (d, a) -> ((TypeData) d).copy());
    }

    private static void definePropertySetData(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new PropertySetData(stringList(a[0])),
                param("referencedProperties", CoreTypes.STRING.arrayType()));
        b.property("ReferencedProperties", CoreTypes.COLLECTION.makeGenericType(STRING),
                s -> ((PropertySetData) s).referencedProperties());
    }

    private static List<String> stringList(Object value) {
        List<String> names = new ArrayList<>();
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            names.add(LanguagePrimitives.toStringValue(value));
        } else {
            elements.forEach(e -> names.add(LanguagePrimitives.toStringValue(e)));
        }
        return names;
    }

    /**
     * TypeMemberData: one member of a TypeData, which the table makes a {@link PSMemberInfo} of. Each kind tells its
     * .NET type itself, as code may make one before anything has loaded the types defined here.
     */
    public abstract static sealed class TypeMemberData implements DotNetTyped
            permits NotePropertyData, AliasPropertyData, ScriptPropertyData, ScriptMethodData, PropertySetData {
        final String name;

        TypeMemberData(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** The member objects of the type get (a property set is none: the table keeps it apart). */
        abstract PSMemberInfo toMember();

        @Override
        public String toString() {
            return dotNetType().fullName();
        }
    }

    public static final class NotePropertyData extends TypeMemberData {
        @Override
        public DotNetType dotNetType() {
            return NOTE;
        }

        final Object value;

        public NotePropertyData(String name, Object value) {
            super(name);
            this.value = value;
        }

        @Override
        PSMemberInfo toMember() {
            return PSNoteProperty.ofTypeData(name, value);
        }
    }

    public static final class AliasPropertyData extends TypeMemberData {
        @Override
        public DotNetType dotNetType() {
            return ALIAS;
        }

        final String referencedMemberName;
        final DotNetType memberType;

        public AliasPropertyData(String name, String referencedMemberName, DotNetType memberType) {
            super(name);
            this.referencedMemberName = referencedMemberName;
            this.memberType = memberType;
        }

        @Override
        PSMemberInfo toMember() {
            return new PSAliasProperty(name, referencedMemberName);
        }
    }

    public static final class ScriptPropertyData extends TypeMemberData {
        @Override
        public DotNetType dotNetType() {
            return SCRIPT_PROPERTY;
        }

        final ScriptBlock getter;
        final ScriptBlock setter;

        public ScriptPropertyData(String name, ScriptBlock getter, ScriptBlock setter) {
            super(name);
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        PSMemberInfo toMember() {
            return new PSScriptProperty(name, getter, setter);
        }
    }

    public static final class ScriptMethodData extends TypeMemberData {
        @Override
        public DotNetType dotNetType() {
            return SCRIPT_METHOD;
        }

        final ScriptBlock script;

        public ScriptMethodData(String name, ScriptBlock script) {
            super(name);
            this.script = script;
        }

        @Override
        PSMemberInfo toMember() {
            return new PSScriptMethod(name, script);
        }
    }

    /** PropertySetData: the names a property set refers to (DefaultDisplayPropertySet and the like). */
    public static final class PropertySetData extends TypeMemberData {
        @Override
        public DotNetType dotNetType() {
            return PROPERTY_SET_DATA;
        }

        private final List<String> referencedProperties;

        public PropertySetData(List<String> referencedProperties) {
            this("", referencedProperties);
        }

        public PropertySetData(String name, List<String> referencedProperties) {
            super(name);
            this.referencedProperties = List.copyOf(referencedProperties);
        }

        public List<String> referencedProperties() {
            return referencedProperties;
        }

        @Override
        PSMemberInfo toMember() {
            return null;
        }
    }
}
