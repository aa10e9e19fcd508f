package org.jposh.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The .NET types JPosh knows, the Java classes that stand for them, and their accelerators: the one
 * table that type literals, conversions and GetType() go through. Names are case-insensitive.
 *
 * <table>
 * <caption>.NET type -> Java representation</caption>
 * <tr><th>.NET type</th><th>accelerators</th><th>Java class</th></tr>
 * <tr><td>System.Object</td><td>(object)</td><td>Object</td></tr>
 * <tr><td>System.String</td><td>string</td><td>String</td></tr>
 * <tr><td>System.Char</td><td>char</td><td>Character</td></tr>
 * <tr><td>System.Boolean</td><td>bool</td><td>Boolean</td></tr>
 * <tr><td>System.Byte</td><td>byte</td><td>Byte, read as unsigned (0..255)</td></tr>
 * <tr><td>System.Int16 / Int32 / Int64</td><td>short int16 / int int32 / long int64</td><td>Short / Integer / Long</td></tr>
 * <tr><td>System.SByte / UInt16 / UInt32 / UInt64</td><td>sbyte / ushort uint16 / uint uint32 / ulong uint64</td><td>{@link SByte} / {@link UInt16} / {@link UInt32} / {@link UInt64}</td></tr>
 * <tr><td>System.Single / Double</td><td>float single / double</td><td>Float / Double</td></tr>
 * <tr><td>System.Decimal</td><td>decimal</td><td>BigDecimal (28-29 significant digits are not enforced)</td></tr>
 * <tr><td>System.Numerics.BigInteger</td><td>bigint</td><td>BigInteger</td></tr>
 * <tr><td>System.DateTime / TimeSpan / Guid</td><td>datetime / timespan / guid</td><td>{@link DateTime} / {@link TimeSpan} / UUID</td></tr>
 * <tr><td>System.Array, T[]</td><td>array, int[] ...</td><td>Java arrays of T's class: {@code [int[]]} is Integer[], {@code object[]} Object[]</td></tr>
 * <tr><td>System.Collections.Hashtable</td><td>hashtable</td><td>{@link Hashtable}</td></tr>
 * <tr><td>System.Collections.Specialized.OrderedDictionary</td><td>ordered</td><td>{@link OrderedDictionary}</td></tr>
 * <tr><td>System.Collections.ArrayList</td><td></td><td>{@link ArrayList}</td></tr>
 * <tr><td>System.Collections.Generic.List`1, Dictionary`2</td><td></td><td>{@link GenericList}, {@link GenericDictionary}</td></tr>
 * <tr><td>System.Collections.Generic.SortedDictionary`2</td><td></td><td>{@link SortedDictionary}</td></tr>
 * <tr><td>System.Collections.Concurrent.ConcurrentDictionary`2</td><td></td><td>{@link ConcurrentDictionary}</td></tr>
 * <tr><td>System.Collections.Generic.HashSet`1, Queue`1, Stack`1</td><td></td><td>{@link GenericSet}, {@link GenericDeque}</td></tr>
 * <tr><td>System.Collections.Generic.LinkedList`1, LinkedListNode`1</td><td></td><td>{@link GenericLinkedList}</td></tr>
 * <tr><td>System.Func`1..17, Action, Action`1..16, Predicate`1, Comparison`1, Converter`2, MatchEvaluator</td><td></td>
 * <td>the script block itself ({@link Delegates})</td></tr>
 * <tr><td>System.Linq.Enumerable</td><td></td><td>static members only ({@link LinqMembers}; queries are
 * {@link LinqSequence}s)</td></tr>
 * <tr><td>System.Tuple, Tuple`1..8</td><td></td><td>{@link Tuple}</td></tr>
 * <tr><td>System.IO.Path / File / Directory, System.Environment</td><td></td><td>static members only</td></tr>
 * <tr><td>System.IO.Stream / FileStream / MemoryStream, TextReader / StreamReader / StringReader, TextWriter /
 * StreamWriter / StringWriter</td><td></td><td>the classes of {@link org.jposh.interpreter.runtime.io}</td></tr>
 * <tr><td>System.Diagnostics.Stopwatch</td><td></td><td>{@link Stopwatch}</td></tr>
 * <tr><td>System.Collections.IDictionary</td><td></td><td>java.util.Map (interface)</td></tr>
 * <tr><td>System.Text.RegularExpressions.Regex / Match / Group</td><td>regex</td><td>{@link Regex} / {@link Match} / {@link Group}</td></tr>
 * <tr><td>System.Text.StringBuilder</td><td></td><td>java.lang.StringBuilder</td></tr>
 * <tr><td>System.Text.Encoding, UTF8Encoding, UnicodeEncoding, UTF32Encoding, ASCIIEncoding</td><td></td><td>{@link TextEncoding}</td></tr>
 * <tr><td>System.Management.Automation.PSObject</td><td>psobject pscustomobject</td><td>{@link PSObject} ({@link IntrinsicPSObject} for {@code $x.psobject})</td></tr>
 * <tr><td>System.Management.Automation.PSNoteProperty, PSScriptProperty, PSAliasProperty, PSProperty, PSMethod, PSScriptMethod</td><td>psnoteproperty, psscriptproperty, psaliasproperty</td><td>the {@link PSMemberInfo} classes, or a {@link BoundMember} for the members of {@code $x.psobject.Properties}</td></tr>
 * <tr><td>System.Management.Automation.PSReference</td><td>ref</td><td>{@link PSReference}</td></tr>
 * <tr><td>System.Security.SecureString, System.Management.Automation.PSCredential, System.Net.NetworkCredential</td><td>securestring, pscredential</td><td>{@link SecureString}, {@link PSCredential}</td></tr>
 * <tr><td>System.Type (System.RuntimeType)</td><td>type</td><td>{@link DotNetType}</td></tr>
 * <tr><td>System.Math, System.Convert, System.BitConverter, System.Net.WebUtility, System.Web.HttpUtility, System.Net.Dns,
 * System.Threading.Thread</td><td></td><td>static members only</td></tr>
 * <tr><td>System.DateTimeOffset, System.TimeZoneInfo</td><td></td><td>{@link DateTimeOffset}, {@link TimeZoneInfo}</td></tr>
 * <tr><td>System.Net.IPAddress</td><td>ipaddress</td><td>{@link IPAddress}</td></tr>
 * <tr><td>System.Uri</td><td>uri</td><td>{@link Uri}</td></tr>
 * <tr><td>System.Security.Cryptography.HashAlgorithm, SHA1, SHA256, SHA384, SHA512, MD5</td><td></td><td>{@link HashAlgorithm}</td></tr>
 * <tr><td>System.Security.Cryptography.RandomNumberGenerator</td><td></td><td>java.security.SecureRandom ({@link SecureRandomMembers})</td></tr>
 * <tr><td>System.Random</td><td></td><td>a java.util.Random ({@link RandomMembers})</td></tr>
 * <tr><td>System.Void</td><td>void</td><td>Void</td></tr>
 * </table>
 *
 * <p>Not represented: enums other than the operator options, and types of
 * the rest of .NET. Java objects of other classes report their Java class name as their type and have
 * their Java members ({@link JavaMembers}); public Java classes resolve by full name.
 */
public final class CoreTypes {
    private static final Map<String, DotNetType> BY_NAME = new HashMap<>();
    private static final Set<DotNetType> DELEGATES = new HashSet<>();
    private static final Map<Class<?>, DotNetType> BY_CLASS = new IdentityHashMap<>();
    private static final Map<DotNetType, String> ACCELERATOR = new IdentityHashMap<>();
    private static final Map<String, Supplier<DotNetType>> LAZY = new HashMap<>();

    public static final DotNetType OBJECT = define("System", "Object", Object.class, null, false,
            ObjectMembers::define);
    /** System.MarshalByRefObject, the base of .NET's streams, readers, writers and FileSystemInfo; no members. */
    public static final DotNetType MARSHAL_BY_REF_OBJECT = define("System", "MarshalByRefObject", null, OBJECT, false,
            null);
    public static final DotNetType VALUE_TYPE = define("System", "ValueType", null, OBJECT, false, null);
    public static final DotNetType ENUM = define("System", "Enum", null, VALUE_TYPE, false,
            EnumMembers::define, "enum");
    public static final DotNetType ARRAY = define("System", "Array", Object[].class, OBJECT, false,
            ArrayMembers::define, "array");
    public static final DotNetType STRING = define("System", "String", String.class, OBJECT, false,
            StringMembers::define, "string");
    public static final DotNetType CHAR = value("Char", Character.class, CharMembers::define, "char");
    public static final DotNetType BOOLEAN = value("Boolean", Boolean.class, NumericMembers::defineBoolean, "bool");
    public static final DotNetType BYTE = value("Byte", Byte.class, NumericMembers::defineByte, "byte");
    public static final DotNetType INT16 = value("Int16", Short.class, NumericMembers::defineInt16,
            "short", "int16");
    public static final DotNetType INT32 = value("Int32", Integer.class, NumericMembers::defineInt32,
            "int", "int32");
    public static final DotNetType INT64 = value("Int64", Long.class, NumericMembers::defineInt64,
            "long", "int64");
    public static final DotNetType SBYTE = value("SByte", SByte.class, NumericMembers::defineSByte, "sbyte");
    public static final DotNetType UINT16 = value("UInt16", UInt16.class, NumericMembers::defineUInt16,
            "ushort", "uint16");
    public static final DotNetType UINT32 = value("UInt32", UInt32.class, NumericMembers::defineUInt32,
            "uint", "uint32");
    public static final DotNetType UINT64 = value("UInt64", UInt64.class, NumericMembers::defineUInt64,
            "ulong", "uint64");
    public static final DotNetType SINGLE = value("Single", Float.class, NumericMembers::defineSingle,
            "float", "single");
    public static final DotNetType DOUBLE = value("Double", Double.class, NumericMembers::defineDouble, "double");
    public static final DotNetType DECIMAL = value("Decimal", BigDecimal.class, NumericMembers::defineDecimal,
            "decimal");
    public static final DotNetType BIG_INTEGER = define("System.Numerics", "BigInteger", BigInteger.class,
            VALUE_TYPE, true, NumericMembers::defineBigInteger, "bigint");
    public static final DotNetType DATE_TIME = value("DateTime", DateTime.class, DateTimeMembers::define,
            "datetime");
    public static final DotNetType TIME_SPAN = value("TimeSpan", TimeSpan.class, TimeSpanMembers::define,
            "timespan");
    public static final DotNetType GUID = value("Guid", UUID.class, GuidMembers::define, "guid");
    public static final DotNetType VOID = define("System", "Void", Void.class, VALUE_TYPE, true, null, "void");
    /** {@code [Nullable[int]]}: values are T's (converted as T) or null; no value has this type itself. */
    public static final DotNetType NULLABLE = define("System", "Nullable`1", null, VALUE_TYPE, true, null);
    public static final DotNetType MATH = define("System", "Math", null, OBJECT, false, MathMembers::define);
    public static final DotNetType TYPE = define("System", "Type", null, OBJECT, false, null, "type");
    public static final DotNetType RUNTIME_TYPE = define("System", "RuntimeType", DotNetType.class, TYPE, false,
            TypeMembers::define);

    public static final DotNetType IDICTIONARY = define("System.Collections", "IDictionary", Map.class, null,
            false, null);
    /**
     * Interfaces script classes implement ({@code class C : System.IComparable}). Each stands for the Java
     * interface with the same role, so that JPosh's own values implement them too ({@code 1 -is
     * [IComparable]}); IEquatable has none and stands for a marker. What a script class's implementation
     * does is in {@link ClassInterfaces}.
     */
    public static final DotNetType ICOMPARABLE = define("System", "IComparable", Comparable.class, null, false, null);
    public static final DotNetType ICOMPARABLE_T = define("System", "IComparable`1", Comparable.class, null, false,
            null);
    public static final DotNetType IEQUATABLE = define("System", "IEquatable`1", ClassInterfaces.Equatable.class,
            null, false, null);
    public static final DotNetType IFORMAT_PROVIDER = define("System", "IFormatProvider", FormatProvider.class, null,
            false, null);
    public static final DotNetType IDISPOSABLE = define("System", "IDisposable", AutoCloseable.class, null, false,
            null);
    public static final DotNetType IENUMERABLE = define("System.Collections", "IEnumerable", Iterable.class, null,
            false, null);
    public static final DotNetType IENUMERABLE_T = define("System.Collections.Generic", "IEnumerable`1",
            Iterable.class, null, false, null);
    public static final DotNetType ICOLLECTION = define("System.Collections", "ICollection", Collection.class, null,
            false, null);
    public static final DotNetType ILIST = define("System.Collections", "IList", List.class, null, false, null);
    public static final DotNetType IENUMERATOR = define("System.Collections", "IEnumerator", Iterator.class, null,
            false, null);
    public static final DotNetType IENUMERATOR_T = define("System.Collections.Generic", "IEnumerator`1",
            Iterator.class, null, false, null);
    public static final DotNetType ICOMPARER = define("System.Collections", "IComparer", Comparator.class, null,
            false, null);
    public static final DotNetType ICOMPARER_T = define("System.Collections.Generic", "IComparer`1",
            Comparator.class, null, false, null);
    public static final DotNetType HASHTABLE = define("System.Collections", "Hashtable", Hashtable.class, OBJECT,
            false, DictionaryMembers::defineHashtable, "hashtable");
    public static final DotNetType ORDERED_DICTIONARY = define("System.Collections.Specialized",
            "OrderedDictionary", OrderedDictionary.class, OBJECT, false, DictionaryMembers::defineOrdered,
            "ordered");
    public static final DotNetType ARRAY_LIST = define("System.Collections", "ArrayList", ArrayList.class, OBJECT,
            false, ListMembers::define);
    public static final DotNetType LIST = define("System.Collections.Generic", "List`1", GenericList.class,
            OBJECT, false, ListMembers::define);
    /** Collection`1, what PowerShell.Invoke() returns: a GenericList of this type. */
    public static final DotNetType COLLECTION = define("System.Collections.ObjectModel", "Collection`1",
            GenericList.class, OBJECT, false, ListMembers::define);
    /** PSDataCollection`1, what PowerShell.EndInvoke returns and BeginInvoke takes its input and output in. */
    public static final DotNetType PS_DATA_COLLECTION = define("System.Management.Automation", "PSDataCollection`1",
            GenericList.class, OBJECT, false, ListMembers::define);
    public static final DotNetType DICTIONARY = define("System.Collections.Generic", "Dictionary`2",
            GenericDictionary.class, OBJECT, false, DictionaryMembers::defineGeneric);
    public static final DotNetType SORTED_DICTIONARY = define("System.Collections.Generic", "SortedDictionary`2",
            SortedDictionary.class, OBJECT, false, DictionaryMembers::defineSorted);
    public static final DotNetType CONCURRENT_DICTIONARY = define("System.Collections.Concurrent",
            "ConcurrentDictionary`2", ConcurrentDictionary.class, OBJECT, false, DictionaryMembers::defineConcurrent);

    public static final DotNetType STRING_COMPARER = define("System", "StringComparer", StringComparer.class, OBJECT,
            false, StringComparer::define);
    public static final DotNetType HASH_SET = define("System.Collections.Generic", "HashSet`1", GenericSet.class,
            OBJECT, false, CollectionMembers::defineHashSet);
    public static final DotNetType QUEUE = define("System.Collections.Generic", "Queue`1", GenericDeque.class,
            OBJECT, false, CollectionMembers::defineQueue);
    public static final DotNetType STACK = define("System.Collections.Generic", "Stack`1", null, OBJECT, false,
            CollectionMembers::defineStack);

    public static final DotNetType LINKED_LIST = define("System.Collections.Generic", "LinkedList`1",
            GenericLinkedList.class, OBJECT, false, GenericLinkedList::defineList);
    public static final DotNetType LINKED_LIST_NODE = define("System.Collections.Generic", "LinkedListNode`1",
            GenericLinkedList.Node.class, OBJECT, false, GenericLinkedList::defineNode);

    public static final DotNetType PATH = define("System.IO", "Path", null, OBJECT, false,
            FileSystemMembers::definePath);
    public static final DotNetType FILE = define("System.IO", "File", null, OBJECT, false,
            FileSystemMembers::defineFile);
    public static final DotNetType DIRECTORY = define("System.IO", "Directory", null, OBJECT, false,
            FileSystemMembers::defineDirectory);
    public static final DotNetType SEARCH_OPTION = defineEnum("System.IO", "SearchOption", false,
            "TopDirectoryOnly", "AllDirectories");
    public static final DotNetType ENVIRONMENT = define("System", "Environment", null, OBJECT, false,
            EnvironmentMembers::define);
    public static final DotNetType OPERATING_SYSTEM = define("System", "OperatingSystem",
            EnvironmentMembers.OperatingSystem.class, OBJECT, false, EnvironmentMembers::defineOperatingSystem);
    public static final DotNetType STOPWATCH = define("System.Diagnostics", "Stopwatch", Stopwatch.class, OBJECT,
            false, Stopwatch::define);

    public static final DotNetType STRING_BUILDER = define("System.Text", "StringBuilder", StringBuilder.class,
            OBJECT, false, StringBuilderMembers::define);
    public static final DotNetType CAPTURE = define("System.Text.RegularExpressions", "Capture", null, OBJECT,
            false, RegexMembers::defineCapture);
    public static final DotNetType GROUP = define("System.Text.RegularExpressions", "Group", Group.class, CAPTURE,
            false, RegexMembers::defineGroup);
    public static final DotNetType MATCH = define("System.Text.RegularExpressions", "Match", Match.class, GROUP,
            false, RegexMembers::defineMatch);
    public static final DotNetType GROUP_COLLECTION = define("System.Text.RegularExpressions", "GroupCollection",
            RegexMembers.GroupCollection.class, OBJECT, false, RegexMembers::defineGroupCollection);
    public static final DotNetType REGEX = define("System.Text.RegularExpressions", "Regex", Regex.class, OBJECT,
            false, RegexMembers::defineRegex, "regex");

    public static final DotNetType PS_OBJECT = define("System.Management.Automation", "PSObject", PSObject.class,
            OBJECT, false, ObjectMembers::definePSObject, "psobject", "pscustomobject");
    public static final DotNetType PS_CUSTOM_OBJECT = define("System.Management.Automation", "PSCustomObject",
            PSCustomObject.class, OBJECT, false, null);
    public static final DotNetType WILDCARD_PATTERN = define("System.Management.Automation", "WildcardPattern",
            WildcardPattern.class, OBJECT, false, ObjectMembers::defineWildcardPattern, "WildcardPattern");
    public static final DotNetType PS_REFERENCE = define("System.Management.Automation", "PSReference",
            PSReference.class, OBJECT, false, ObjectMembers::definePSReference, "ref");
    public static final DotNetType SCRIPT_BLOCK = define("System.Management.Automation", "ScriptBlock",
            ScriptBlock.class, OBJECT, false, ScriptBlockMembers::defineScriptBlock, "scriptblock");
    public static final DotNetType SWITCH_PARAMETER = define("System.Management.Automation", "SwitchParameter",
            SwitchParameter.class, VALUE_TYPE, true, SwitchParameter::define, "switch");
    public static final DotNetType PS_VARIABLE = define("System.Management.Automation", "PSVariable",
            PSVariable.class, OBJECT, false, ScriptBlockMembers::definePSVariable);
    /**
     * Delegate types scripts pass script blocks as ({@code [Comparison[T]]{ ... }}, {@code [Func[int,bool]]}):
     * a script block converts to them as itself, and the methods that take them call it.
     */
    public static final DotNetType DELEGATE = define("System", "Delegate", null, OBJECT, false, null);
    /** The base of every delegate type .NET declares. */
    public static final DotNetType MULTICAST_DELEGATE = define("System", "MulticastDelegate", null, DELEGATE, false,
            null);
    public static final DotNetType COMPARISON = defineDelegate("System", "Comparison`1");
    public static final DotNetType PREDICATE = defineDelegate("System", "Predicate`1");
    public static final DotNetType CONVERTER = defineDelegate("System", "Converter`2");
    public static final DotNetType MATCH_EVALUATOR = defineDelegate("System.Text.RegularExpressions",
            "MatchEvaluator");
    public static final DotNetType TUPLE_FACTORY = define("System", "Tuple", null, OBJECT, false, Tuple::defineFactory);
    /** Tuple`1 to Tuple`8, in order. */
    public static final List<DotNetType> TUPLE = defineTuples("Tuple", false, Tuple::defineMembers);
    /** System.ValueTuple: the empty value tuple, and the static class of Create. */
    public static final DotNetType VALUE_TUPLE_FACTORY = define("System", "ValueTuple", Tuple.class, VALUE_TYPE, true,
            Tuple::defineValueFactory);
    /** ValueTuple`1 to ValueTuple`8, in order. */
    public static final List<DotNetType> VALUE_TUPLE = defineTuples("ValueTuple", true, Tuple::defineValueMembers);
    public static final DotNetType MEMBER_INFO = define("System.Reflection", "MemberInfo", null, OBJECT, false, null);
    public static final DotNetType PROPERTY_INFO = define("System.Reflection", "RuntimePropertyInfo",
            Reflection.PropertyInfo.class, define("System.Reflection", "PropertyInfo", null, MEMBER_INFO, false, null),
            false, Reflection::definePropertyInfo);
    public static final DotNetType FIELD_INFO = define("System.Reflection", "RtFieldInfo",
            Reflection.PropertyInfo.class, define("System.Reflection", "FieldInfo", null, MEMBER_INFO, false, null),
            false, Reflection::defineFieldInfo);
    public static final DotNetType METHOD_BASE = define("System.Reflection", "MethodBase", null, MEMBER_INFO, false,
            null);
    public static final DotNetType METHOD_INFO = define("System.Reflection", "RuntimeMethodInfo",
            Reflection.MethodInfo.class, define("System.Reflection", "MethodInfo", null, METHOD_BASE, false, null),
            false, Reflection::defineMethodInfo);
    public static final DotNetType CONSTRUCTOR_INFO = define("System.Reflection", "RuntimeConstructorInfo",
            Reflection.MethodInfo.class, define("System.Reflection", "ConstructorInfo", null, METHOD_BASE, false, null),
            false, Reflection::defineMethodInfo);
    public static final DotNetType PARAMETER_INFO = define("System.Reflection", "RuntimeParameterInfo",
            Reflection.ParameterInfo.class, define("System.Reflection", "ParameterInfo", null, OBJECT, false, null),
            false, Reflection::defineParameterInfo);
    public static final DotNetType TYPE_NAME = define("System.Management.Automation.Language", "TypeName",
            TypeResolver.TypeName.class, OBJECT, false, TypeResolver.TypeName::defineMembers);
    public static final DotNetType ENUMERABLE = define("System.Linq", "Enumerable", null, OBJECT, false,
            LinqMembers::define);
    /** What Enumerable's deferred operators return ({@link LinqSequence}), named as .NET's iterators' base class. */
    public static final DotNetType LINQ_ITERATOR = define("System.Linq", "Enumerable+Iterator`1", LinqSequence.class,
            OBJECT, false, null);
    /** Func`1 (no argument) to Func`17 (sixteen), as .NET declares them: Func[T1,...,TResult]. */
    public static final List<DotNetType> FUNC = defineDelegates("Func", 1, 17);
    /** Action (no argument) and Action`1 to Action`16. */
    public static final List<DotNetType> ACTION = defineDelegates("Action", 0, 16);
    public static final DotNetType PS_METHOD = define("System.Management.Automation", "PSMethod", PSMethod.class,
            OBJECT, false, ObjectMembers::definePSMethod);
    public static final DotNetType PS_PARAMETERIZED_PROPERTY = define("System.Management.Automation",
            "PSParameterizedProperty", PSParameterizedProperty.class, OBJECT, false,
            ObjectMembers::definePSParameterizedProperty);
    public static final DotNetType PS_SCRIPT_METHOD = define("System.Management.Automation", "PSScriptMethod",
            PSScriptMethod.class, OBJECT, false, ObjectMembers::definePSMethod);
    public static final DotNetType PS_NOTE_PROPERTY = define("System.Management.Automation", "PSNoteProperty",
            PSNoteProperty.class, OBJECT, false, ObjectMembers::definePSNoteProperty, "psnoteproperty");
    public static final DotNetType PS_SCRIPT_PROPERTY = define("System.Management.Automation", "PSScriptProperty",
            PSScriptProperty.class, OBJECT, false, ObjectMembers::definePSScriptProperty, "psscriptproperty");
    public static final DotNetType PS_ALIAS_PROPERTY = define("System.Management.Automation", "PSAliasProperty",
            PSAliasProperty.class, OBJECT, false, ObjectMembers::definePSPropertyInfo, "psaliasproperty");
    public static final DotNetType PS_PROPERTY = define("System.Management.Automation", "PSProperty",
            PSProperty.class, OBJECT, false, ObjectMembers::definePSPropertyInfo);
    public static final DotNetType PS_MEMBER_INFO_COLLECTION = define("System.Management.Automation",
            "PSMemberInfoIntegratingCollection`1", PSMemberInfoCollection.class, OBJECT, false,
            ObjectMembers::definePSMemberInfoCollection);

    public static final DotNetType SECURE_STRING = define("System.Security", "SecureString", SecureString.class,
            OBJECT, false, SecureString::define, "securestring");
    public static final DotNetType PS_CREDENTIAL = define("System.Management.Automation", "PSCredential",
            PSCredential.class, OBJECT, false, PSCredential::define, "pscredential");
    public static final DotNetType NETWORK_CREDENTIAL = define("System.Net", "NetworkCredential",
            PSCredential.NetworkCredential.class, OBJECT, false, PSCredential::defineNetworkCredential);

    public static final DotNetType DICTIONARY_ENTRY = define("System.Collections", "DictionaryEntry",
            DictionaryEntry.class, VALUE_TYPE, true, DictionaryMembers::defineEntry);

    public static final DotNetType DAY_OF_WEEK = defineEnum("System", "DayOfWeek", false,
            "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
    public static final DotNetType DATE_TIME_KIND = defineEnum("System", "DateTimeKind", false,
            "Unspecified", "Utc", "Local");
    public static final DotNetType MIDPOINT_ROUNDING = defineEnum("System", "MidpointRounding", false,
            "ToEven", "AwayFromZero", "ToZero", "ToNegativeInfinity", "ToPositiveInfinity");
    public static final DotNetType STRING_COMPARISON = defineEnum("System", "StringComparison", false,
            "CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase",
            "Ordinal", "OrdinalIgnoreCase");
    public static final DotNetType STRING_SPLIT_OPTIONS = defineEnum("System", "StringSplitOptions", true,
            "None", "RemoveEmptyEntries", "TrimEntries");
    public static final DotNetType REGEX_OPTIONS = defineEnum("System.Text.RegularExpressions", "RegexOptions",
            true, new String[] {"None", "IgnoreCase", "Multiline", "ExplicitCapture", "Compiled", "Singleline",
                "IgnorePatternWhitespace", "RightToLeft", "ECMAScript", "CultureInvariant", "NonBacktracking"},
            new long[] {0, 1, 2, 4, 8, 16, 32, 64, 256, 512, 1024});
    public static final DotNetType WHERE_OPERATOR_SELECTION_MODE = defineEnum("System.Management.Automation",
            "WhereOperatorSelectionMode", false, "Default", "First", "Last", "SkipUntil", "Until", "Split");
    public static final DotNetType SPLIT_OPTIONS = defineEnum("System.Management.Automation", "SplitOptions", true,
            new String[] {"SimpleMatch", "RegexMatch", "CultureInvariant", "IgnorePatternWhitespace", "Multiline",
                "Singleline", "IgnoreCase", "ExplicitCapture"},
            new long[] {1, 2, 4, 8, 16, 32, 64, 128});

    /** The kinds of member reflection reports; scripts use it as a flags parameter type. */
    public static final DotNetType MEMBER_TYPES = defineEnum("System.Reflection", "MemberTypes", true,
            new String[] {"Constructor", "Event", "Field", "Method", "Property", "TypeInfo", "Custom", "NestedType",
                "All"},
            new long[] {1, 2, 4, 8, 16, 32, 64, 128, 191});
    /** Access-control entry flags: the standard enum whose underlying type is byte. */
    public static final DotNetType ACE_FLAGS = defineEnum("System.Security.AccessControl", "AceFlags",
            new EnumType(true, new String[] {"None", "ObjectInherit", "ContainerInherit", "NoPropagateInherit",
                "InheritOnly", "InheritanceFlags", "Inherited", "SuccessfulAccess", "FailedAccess", "AuditFlags"},
                new long[] {0, 1, 2, 4, 8, 15, 16, 64, 128, 192}, BYTE));

    /** Where a command was invoked from ($MyInvocation.CommandOrigin): by the host, or by other code. */
    public static final DotNetType COMMAND_ORIGIN = defineEnum("System.Management.Automation", "CommandOrigin", false,
            "Runspace", "Internal");

        /** A pipeline's state, as a history entry's ExecutionStatus shows it. */
    public static final DotNetType PIPELINE_STATE = defineEnum("System.Management.Automation.Runspaces",
            "PipelineState", false, "NotStarted", "Running", "Stopping", "Stopped", "Completed", "Failed",
            "Disconnected");

    public static final DotNetType OBJECT_ARRAY = OBJECT.arrayType();
    public static final DotNetType STRING_ARRAY = STRING.arrayType();

    static {
        SWITCH_PARAMETER.setConversion(SwitchParameter::convert);
        registerLazily("System.Management.Automation.PowerShell", () -> org.jposh.interpreter.PowerShell.TYPE);
        registerLazily("powershell", () -> org.jposh.interpreter.PowerShell.TYPE);
        registerLazily("System.Management.Automation.PSTypeName", () -> PSTypeName.TYPE);
        registerLazily("System.Reflection.Assembly", () -> Assembly.TYPE);
        registerLazily("System.Management.Automation.PSParser", () -> org.jposh.interpreter.language.PSParser.TYPE);
        registerLazily("System.Management.Automation.PSTokenType",
                () -> org.jposh.interpreter.language.PSParser.TOKEN_TYPE);
        // Cmdlet parameters are of these types: they must be known by class before the binder asks.
        try {
            java.lang.invoke.MethodHandles.lookup().ensureInitialized(TypeData.class);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        registerLazily("System.Management.Automation.Runspaces.RunspaceFactory",
                () -> org.jposh.interpreter.RunspaceFactory.TYPE);
        registerLazily("runspacefactory", () -> org.jposh.interpreter.RunspaceFactory.TYPE);
        registerLazily("System.Management.Automation.Runspaces.InitialSessionState",
                () -> org.jposh.interpreter.InitialSessionState.TYPE);
        registerLazily("initialsessionstate", () -> org.jposh.interpreter.InitialSessionState.TYPE);
        registerLazily("System.Management.Automation.Runspaces.SessionStateFunctionEntry",
                () -> org.jposh.interpreter.InitialSessionState.FUNCTION_ENTRY);
        registerLazily("System.Management.Automation.Runspaces.SessionStateAliasEntry",
                () -> org.jposh.interpreter.InitialSessionState.ALIAS_ENTRY);
        registerLazily("System.Management.Automation.Runspaces.SessionStateVariableEntry",
                () -> org.jposh.interpreter.InitialSessionState.VARIABLE_ENTRY);
        registerLazily("System.Management.Automation.Runspaces.Runspace",
                () -> org.jposh.interpreter.LocalRunspace.BASE_TYPE);
        registerLazily("runspace", () -> org.jposh.interpreter.LocalRunspace.BASE_TYPE);
        registerLazily("System.Management.Automation.Runspaces.RunspacePool",
                () -> org.jposh.interpreter.RunspacePool.TYPE);
        registerLazily("System.DBNull", () -> DBNull.TYPE);
        registerLazily("System.Management.Automation.ErrorCategory", ErrorCategory::dotNetType);
        registerLazily("System.Management.Automation.ErrorRecord", () -> ErrorRecord.TYPE);
        registerLazily("System.Management.Automation.CallStackFrame", () -> CallStackFrame.TYPE);
        org.jposh.interpreter.runtime.io.IOTypes.registerLazily();
        org.jposh.interpreter.runtime.xml.XmlTypeNames.registerLazily();
        registerLazily("System.Console", () -> ConsoleMembers.TYPE);
        registerLazily("System.Convert", () -> ConvertMembers.CONVERT);
        registerLazily("System.Uri", () -> Uri.TYPE);
        registerLazily("uri", () -> Uri.TYPE);
        registerLazily("System.Net.WebUtility", () -> WebUtilityMembers.TYPE);
        registerLazily("System.Web.HttpUtility", () -> WebUtilityMembers.HTTP_UTILITY);
        registerLazily("System.Security.Cryptography.RandomNumberGenerator", () -> SecureRandomMembers.TYPE);
        registerLazily("System.Net.Dns", () -> DnsMembers.TYPE);
        registerLazily("System.Net.IPAddress", () -> IPAddress.TYPE);
        registerLazily("ipaddress", () -> IPAddress.TYPE);
        registerLazily("System.Net.Sockets.AddressFamily", () -> IPAddress.ADDRESS_FAMILY);
        registerLazily("System.DateTimeOffset", () -> DateTimeOffset.TYPE);
        registerLazily("System.TimeZoneInfo", () -> TimeZoneInfo.TYPE);
        registerLazily("System.Security.Cryptography.HashAlgorithm", () -> HashAlgorithm.TYPE);
        String[] hashes = {"SHA1", "SHA256", "SHA384", "SHA512", "MD5"};
        for (int i = 0; i < hashes.length; i++) {
            int index = i;
            registerLazily("System.Security.Cryptography." + hashes[i], () -> HashAlgorithm.ALGORITHMS[index]);
        }
        registerLazily("System.Environment+SpecialFolder", () -> EnvironmentMembers.SPECIAL_FOLDER);
        registerLazily("System.Random", () -> RandomMembers.TYPE);
        registerLazily("System.Timers.Timer", () -> org.jposh.interpreter.runtime.events.Timer.TYPE);
        registerLazily("System.Timers.ElapsedEventArgs", () -> org.jposh.interpreter.runtime.events.ElapsedEventArgs.TYPE);
        registerLazily("System.EventArgs", () -> org.jposh.interpreter.runtime.events.EventArgs.TYPE);
        registerLazily("System.Management.Automation.PSEventArgs",
                () -> org.jposh.interpreter.runtime.events.PSEventArgs.TYPE);
        registerLazily("System.Management.Automation.PSEventSubscriber",
                () -> org.jposh.interpreter.runtime.events.PSEventSubscriber.TYPE);
        registerLazily("System.Management.Automation.PSEngineEvent",
                () -> org.jposh.interpreter.runtime.events.PSEngineEvent.TYPE);
        registerLazily("System.Threading.Thread", () -> ThreadMembers.TYPE);
        registerLazily("System.UriKind", () -> Uri.URI_KIND);
        registerLazily("System.UriPartial", () -> Uri.URI_PARTIAL);
        registerLazily("System.Globalization.DateTimeStyles", () -> DateTimeExactParser.DATE_TIME_STYLES);
        registerLazily("System.BitConverter", () -> BitConverterMembers.TYPE);
        registerLazily("System.ConsoleColor", () -> ConsoleMembers.CONSOLE_COLOR);
        registerLazily("System.Text.Encoding", () -> TextEncoding.ENCODING);
        registerLazily("System.Text.UTF8Encoding", () -> TextEncoding.UTF8_ENCODING);
        registerLazily("System.Text.UnicodeEncoding", () -> TextEncoding.UNICODE_ENCODING);
        registerLazily("System.Text.UTF32Encoding", () -> TextEncoding.UTF32_ENCODING);
        registerLazily("System.Text.ASCIIEncoding", () -> TextEncoding.ASCII_ENCODING);
        registerLazily("cultureinfo", () -> CultureInfo.TYPE);
        registerLazily("System.Globalization.CultureInfo", () -> CultureInfo.TYPE);
        registerLazily("System.Globalization.CultureTypes", () -> CultureInfo.CULTURE_TYPES);
        registerLazily("System.Globalization.TextInfo", () -> CultureInfo.TEXT_INFO);
        registerLazily("System.Globalization.NumberFormatInfo", () -> CultureInfo.TYPE == null ? null
                : NumberFormatInfo.TYPE);
        registerLazily("System.Globalization.DateTimeFormatInfo", () -> CultureInfo.TYPE == null ? null
                : DateTimeFormatInfo.TYPE);
        registerLazily("System.Management.Automation.Language.NullString", () -> NullString.TYPE);
        registerLazily("NullString", () -> NullString.TYPE);
        registerLazily("System.Management.Automation.Internal.AutomationNull", () -> AutomationNull.Type.TYPE);
        registerLazily("System.Management.Automation.Host.ChoiceDescription",
                () -> org.jposh.interpreter.host.ChoiceDescription.TYPE);
        registerLazily("System.Management.Automation.ConfirmImpact",
                () -> org.jposh.interpreter.commands.ConfirmImpact.TYPE);
        registerLazily("System.Management.Automation.ShouldProcessReason",
                () -> org.jposh.interpreter.commands.ShouldProcessRuntime.REASON);
    }

    private CoreTypes() {
    }

    private static DotNetType value(String name, Class<?> javaClass, Consumer<TypeAdapter.Builder> members,
                                    String... accelerators) {
        return define("System", name, javaClass, VALUE_TYPE, true, members, accelerators);
    }

    private static DotNetType define(String namespace, String name, Class<?> javaClass, DotNetType baseType,
                                     boolean valueType, Consumer<TypeAdapter.Builder> members,
                                     String... accelerators) {
        DotNetType type = new DotNetType(namespace, name, javaClass, baseType, valueType, members);
        register(type, accelerators);
        return type;
    }

    private static List<DotNetType> defineTuples(String name, boolean valueType,
                                                 Consumer<TypeAdapter.Builder> members) {
        List<DotNetType> types = new java.util.ArrayList<>();
        for (int arity = 1; arity <= 8; arity++) {
            types.add(define("System", name + "`" + arity, Tuple.class, valueType ? VALUE_TYPE : OBJECT, valueType,
                    members));
        }
        return List.copyOf(types);
    }

    private static DotNetType defineDelegate(String namespace, String name) {
        DotNetType type = define(namespace, name, ScriptDelegate.class, MULTICAST_DELEGATE, false,
                ScriptDelegate::defineMembers);
        DELEGATES.add(type);
        return type;
    }

    /** The generic delegates {@code System.name`from} to {@code System.name`to} ({@code name} itself for 0). */
    private static List<DotNetType> defineDelegates(String name, int from, int to) {
        List<DotNetType> types = new java.util.ArrayList<>();
        for (int arity = from; arity <= to; arity++) {
            types.add(defineDelegate("System", arity == 0 ? name : name + "`" + arity));
        }
        return List.copyOf(types);
    }

    /**
     * Whether a script block converts to the type as itself: a delegate type, or a type made from a generic
     * delegate ({@code Predicate[int]}).
     */
    public static boolean isDelegate(DotNetType type) {
        return DELEGATES.contains(type.genericDefinition() != null ? type.genericDefinition() : type);
    }

    /**
     * An enum whose values are 0, 1, 2... (or bits 1, 2, 4... for flags, after a None of 0), known by its
     * full name; its values are {@link EnumValue}s.
     */
    public static DotNetType defineEnum(String namespace, String name, boolean flags, String... names) {
        long[] values = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = flags ? (i == 0 ? 0 : 1L << (i - 1)) : i;
        }
        return defineEnum(namespace, name, flags, names, values);
    }

    /** An enum of the names and values given; a type of a layer above this one's (CommandTypes) too. */
    public static DotNetType defineEnum(String namespace, String name, boolean flags, String[] names,
                                        long[] values) {
        return defineEnum(namespace, name, new EnumType(flags, names, values));
    }

    private static DotNetType defineEnum(String namespace, String name, EnumType enumType) {
        DotNetType type = new DotNetType(namespace, name, enumType);
        BY_NAME.put(key(type.fullName()), type);
        return type;
    }

    /**
     * Adds a type the interpreter defines (such as ScriptBlock), under its full name and accelerators.
     * Its Java class then reports it as its type.
     */
    public static synchronized void register(DotNetType type, String... accelerators) {
        BY_NAME.put(key(type.fullName()), type);
        for (String accelerator : accelerators) {
            BY_NAME.put(key(accelerator), type);
        }
        if (accelerators.length > 0) {
            ACCELERATOR.putIfAbsent(type, accelerators[0]);
        }
        if (type.javaClass() != null && !type.javaClass().isArray()) {
            BY_CLASS.putIfAbsent(type.javaClass(), type);
        }
    }

    /** Defines a new type the interpreter adds (ScriptBlock, SwitchParameter, classes of scripts). */
    public static DotNetType define(String namespace, String name, Class<?> javaClass,
                                    Consumer<TypeAdapter.Builder> members) {
        return define(namespace, name, javaClass, OBJECT, members);
    }

    /**
     * Defines a new reference type deriving from {@code baseType}, such as the standard library's
     * System.IO.FileInfo (base System.IO.FileSystemInfo); it inherits the base type's members.
     */
    public static DotNetType define(String namespace, String name, Class<?> javaClass, DotNetType baseType,
                                    Consumer<TypeAdapter.Builder> members) {
        return new DotNetType(namespace, name, javaClass, baseType, false, members);
    }

    /** An enum a script declares; scripts keep their types in tables of their own ({@link ScriptTypes}). */
    public static DotNetType defineScriptEnum(String name, EnumType enumType) {
        return new DotNetType("", name, enumType);
    }

    /**
     * Makes a type of a module above the interpreter known by its full name before its class is
     * initialised: {@code [System.IO.FileInfo]} resolves, and the class loads, on first use.
     */
    public static synchronized void registerLazily(String fullName, Supplier<DotNetType> type) {
        LAZY.put(key(fullName), type);
    }

    /** The type with this full name or accelerator, or null. Generic definitions are named with a backtick. */
    static DotNetType lookup(String name) {
        Supplier<DotNetType> lazy;
        synchronized (CoreTypes.class) {
            DotNetType type = BY_NAME.get(key(name));
            if (type != null) {
                return type;
            }
            lazy = LAZY.remove(key(name));
        }
        if (lazy != null) {
            return lazy.get();
        }
        DotNetType language = org.jposh.interpreter.language.AstTypes.forName(name);
        if (language != null) {
            return language;
        }
        // The exception types register themselves when first used; a name not found may be one of them.
        if (name.endsWith("Exception") && ExceptionTypes.EXCEPTION != null) {
            synchronized (CoreTypes.class) {
                return BY_NAME.get(key(name));
            }
        }
        return null;
    }

    static synchronized DotNetType forJavaClass(Class<?> javaClass) {
        return BY_CLASS.get(javaClass);
    }

    /** The names type literals may use for short ({@code int}, {@code hashtable}...), sorted. */
    public static synchronized List<String> acceleratorNames() {
        Set<String> names = new TreeSet<>(ACCELERATOR.values());
        for (Map.Entry<String, DotNetType> e : BY_NAME.entrySet()) {
            if (!e.getKey().contains(".") && e.getValue().javaClass() != null) {
                names.add(e.getKey());
            }
        }
        return List.copyOf(names);
    }

    /** The accelerator PowerShell shows for a type ({@code int} for System.Int32), or null. */
    static synchronized String acceleratorOf(DotNetType type) {
        return ACCELERATOR.get(type);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
