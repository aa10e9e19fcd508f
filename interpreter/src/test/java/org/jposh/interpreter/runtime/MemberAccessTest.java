package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** $obj.Member, $obj.Method(...), [type]::Member: dispatch, overloads and pwsh's errors. */
class MemberAccessTest {

    private static Object call(Object target, String method, Object... args) {
        return MemberAccess.invokeMethod(target, method, args);
    }

    private static Object callStatic(String type, String method, Object... args) {
        return MemberAccess.invokeStaticMethod(TypeResolver.resolve(type), method, args);
    }

    private static Object stat(String type, String member) {
        return MemberAccess.getStaticMember(TypeResolver.resolve(type), member);
    }

    @Test
    void methodNamesIgnoreCaseAndOverloadsArePickedByCount() {
        assertEquals("ABC", call("abc", "toupper"));
        assertEquals("bc", call("abc", "Substring", 1));
        assertEquals("b", call("abc", "SUBSTRING", 1, 1));
        assertEquals("bc", call("abc", "Substring", "1"));
        assertEquals(3, MemberAccess.getMember("abc", "length"));
    }

    @Test
    void wrongArgumentCountsAndConversionsAreMethodExceptions() {
        MethodException count = assertThrows(MethodException.class, () -> call("abc", "Substring", 1, 2, 3));
        assertEquals("MethodCountCouldNotFindBest", count.errorId());
        assertEquals("Cannot find an overload for \"Substring\" and the argument count: \"3\".", count.getMessage());
        assertEquals("MethodException", count.exceptionTypeName());
        MethodException conversion = assertThrows(MethodException.class, () -> call("abc", "Substring", "x"));
        assertEquals("MethodArgumentConversionInvalidCastArgument", conversion.errorId());
        assertEquals("Cannot convert argument \"startIndex\", with value: \"x\", for \"Substring\" to type "
                + "\"System.Int32\": \"Cannot convert value \"x\" to type \"System.Int32\". Error: \"The input string 'x' "
                + "was not in a correct format.\"\"", conversion.getMessage());
    }

    @Test
    void dotNetExceptionsBecomeMethodInvocationExceptions() {
        MethodInvocationException e = assertThrows(MethodInvocationException.class, () -> call("abc", "Substring", 5));
        assertEquals("ArgumentOutOfRangeException", e.errorId());
        assertEquals("Exception calling \"Substring\" with \"1\" argument(s): \"startIndex cannot be larger than length "
                + "of string. (Parameter 'startIndex')\"", e.getMessage());
        assertEquals("MethodInvocationException", e.exceptionTypeName());
        assertEquals(ErrorCategory.NotSpecified, e.category());
        MethodInvocationException fixedSize = assertThrows(MethodInvocationException.class,
                () -> call(new Object[] {1}, "Add", 2));
        assertEquals("Exception calling \"Add\" with \"1\" argument(s): \"Collection was of a fixed size.\"",
                fixedSize.getMessage());
        assertEquals("NotSupportedException", fixedSize.errorId());
    }

    @Test
    void missingMethodsAndNullTargetsAreInvalidOperations() {
        PSRuntimeException missing = assertThrows(PSRuntimeException.class, () -> call("abc", "Frobnicate"));
        assertEquals("MethodNotFound", missing.errorId());
        assertEquals("Method invocation failed because [System.String] does not contain a method named 'Frobnicate'.",
                missing.getMessage());
        assertEquals(ErrorCategory.InvalidOperation, missing.category());
        PSRuntimeException onNull = assertThrows(PSRuntimeException.class, () -> call(null, "ToString"));
        assertEquals("InvokeMethodOnNull", onNull.errorId());
        assertEquals("You cannot call a method on a null-valued expression.", onNull.getMessage());
        PSRuntimeException staticMissing = assertThrows(PSRuntimeException.class, () -> callStatic("int", "Nope"));
        assertEquals("Method invocation failed because [System.Int32] does not contain a method named 'Nope'.",
                staticMissing.getMessage());
        PSRuntimeException customMissing = assertThrows(PSRuntimeException.class,
                () -> call(PSObject.newCustomObject(), "Nope"));
        assertEquals("Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain "
                + "a method named 'Nope'.", customMissing.getMessage());
    }

    @Test
    void stringMethodsHaveDotNetSemantics() {
        assertEquals(false, call("abc", "Contains", "B"));
        assertEquals(true, call("abc", "Contains", "B", "OrdinalIgnoreCase"));
        assertArrayEquals(new String[] {"a", "", "b"}, (String[]) call("a,,b", "Split", ','));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) call("a--b", "Split", "--"));
        assertArrayEquals(new String[] {"a", "b", "c"}, (String[]) call("a,b;c", "Split", ',', ';'));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) call("a,,b", "Split", ",",
                LanguagePrimitives.convertTo("RemoveEmptyEntries", CoreTypes.STRING_SPLIT_OPTIONS)));
        // pwsh 7 picks Split(string, int, options = None) for a string second argument (a numeric string converts
        // better than a string to an enum), so the options' name as a string fails, as it does there
        assertArrayEquals(new String[] {"a", "b,c"}, (String[]) call("a,b,c", "Split", ",", 2));
        assertThrows(MethodException.class, () -> call("a,,b", "Split", ",", "RemoveEmptyEntries"));
        assertArrayEquals(new String[] {"a", "b,c"}, (String[]) call("a,b,c", "Split", new Object[] {','}, 2));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) call("a b", "Split"));
        assertEquals("xBx", call("aBa", "Replace", "a", "x"));
        assertEquals("aBa", call("aBa", "Replace", "b", "x"));
        assertEquals("axa", call("aBa", "Replace", "b", "x", "OrdinalIgnoreCase"));
        assertEquals("a-c", call("abc", "Replace", 'b', '-'));
        assertEquals(1, call("abcb", "IndexOf", "b"));
        assertEquals(3, call("abcb", "LastIndexOf", 'b'));
        assertEquals(3, call("abcb", "IndexOf", "b", 2));
        assertEquals("  ab", call("ab", "PadLeft", 4));
        assertEquals("ab**", call("ab", "PadRight", 4, '*'));
        assertEquals("ab", call("  ab \t", "Trim"));
        assertEquals("b", call("xxbxx", "Trim", 'x'));
        assertEquals("bxx", call("xyxbxx", "TrimStart", 'x', 'y'));
        assertEquals("xxb", call("xxbxx", "TrimEnd", "x"));
        assertEquals(true, call("abc", "StartsWith", "ab"));
        assertEquals(false, call("abc", "StartsWith", "AB"));
        assertEquals(true, call("abc", "EndsWith", "BC", "CurrentCultureIgnoreCase"));
        assertEquals("aXbc", call("abc", "Insert", 1, "X"));
        assertEquals("a", call("abc", "Remove", 1));
        assertEquals("ac", call("abc", "Remove", 1, 1));
        assertArrayEquals(new Character[] {'a', 'b'}, (Character[]) call("ab", "ToCharArray"));
        assertEquals(-1, call("a", "CompareTo", "b"));
        assertEquals(false, call("a", "Equals", "A"));
        assertEquals(true, call("a", "Equals", "A", "OrdinalIgnoreCase"));
        assertEquals("STRASSE", call("straße", "ToUpper").toString().replace("ß", "SS"));
        assertEquals(6, ((String) call("straße", "ToUpper")).length());
        assertEquals("\u00e9", call("e\u0301", "Normalize"));
    }

    @Test
    void stringMethodArgumentErrorsUseDotNetMessages() {
        assertEquals("Exception calling \"Substring\" with \"2\" argument(s): \"Index and length must refer to a location "
                + "within the string. (Parameter 'length')\"",
                assertThrows(MethodInvocationException.class, () -> call("abc", "Substring", 1, 5)).getMessage());
        assertEquals("Exception calling \"Replace\" with \"2\" argument(s): \"String cannot be of zero length. "
                + "(Parameter 'oldValue')\"",
                assertThrows(MethodInvocationException.class, () -> call("abc", "Replace", "", "x")).getMessage());
        assertEquals("Exception calling \"PadLeft\" with \"1\" argument(s): \"Non-negative number required. "
                + "(Parameter 'totalWidth')\"",
                assertThrows(MethodInvocationException.class, () -> call("abc", "PadLeft", -1)).getMessage());
    }

    @Test
    void stringStatics() {
        assertEquals("", stat("string", "Empty"));
        assertEquals(true, callStatic("string", "IsNullOrEmpty", (Object) null));
        assertEquals(true, callStatic("string", "IsNullOrEmpty", ""));
        assertEquals(false, callStatic("string", "IsNullOrEmpty", " "));
        assertEquals(true, callStatic("string", "IsNullOrWhiteSpace", " \t"));
        assertEquals("a,b,c", callStatic("string", "Join", ",", new Object[] {"a", "b", "c"}));
        assertEquals("1-2", callStatic("string", "Join", "-", 1, 2));
        assertEquals("ab1", callStatic("string", "Concat", "a", "b", 1));
        assertEquals("x=1.50", callStatic("string", "Format", "x={0:N2}", 1.5));
        assertEquals(true, callStatic("string", "Equals", "a", "a"));
        assertEquals(false, callStatic("string", "Equals", "a", "A"));
        assertEquals("aaa", callStatic("string", "new", 'a', 3));
        assertEquals(0, callStatic("string", "Compare", "a", "A", true));
    }

    @Test
    void mathRoundsHalfToEvenUnlessToldOtherwise() {
        assertEquals(2.0, callStatic("math", "Round", 2.5));
        assertEquals(4.0, callStatic("math", "Round", 3.5));
        assertEquals(-2.0, callStatic("math", "Round", -2.5));
        assertEquals(2.68, callStatic("math", "Round", 2.675, 2));
        assertEquals(0.12, callStatic("math", "Round", 0.125, 2));
        assertEquals(1.0, callStatic("math", "Round", 1.005, 2));
        EnumValue awayFromZero = new EnumValue(CoreTypes.MIDPOINT_ROUNDING, 1);
        assertEquals(3.0, callStatic("math", "Round", 2.5, awayFromZero));
        assertEquals(2.13, callStatic("math", "Round", 2.125, 2, awayFromZero));
        assertEquals(2.0, callStatic("math", "Round", 2.5, LanguagePrimitives.convertTo("ToEven",
                CoreTypes.MIDPOINT_ROUNDING)));
        assertEquals(new BigDecimal("2"), callStatic("math", "Round", new BigDecimal("2.5")));
        assertEquals(new BigDecimal("2.68"), callStatic("math", "Round", new BigDecimal("2.675"), 2, awayFromZero));
        assertEquals("Exception calling \"Round\" with \"2\" argument(s): \"Rounding digits must be between 0 and 15, "
                + "inclusive. (Parameter 'digits')\"",
                assertThrows(MethodInvocationException.class, () -> callStatic("math", "Round", 1.5, 16)).getMessage());
    }

    @Test
    void overloadsAreChosenByArgumentTypesNotValues() {
        // a string converts to int better (NumericString) than to MidpointRounding (Parse), whatever it says
        MethodException e = assertThrows(MethodException.class, () -> callStatic("math", "Round", 2.5, "AwayFromZero"));
        assertEquals("MethodArgumentConversionInvalidCastArgument", e.errorId());
        // earlier arguments weigh more: Max(int, int) beats Max(double, double) for (1, 2.5)
        assertEquals(2, callStatic("math", "Max", 1, 2.5));
        assertEquals(2.5, callStatic("math", "Max", 1.0, 2.5));
        assertEquals(3, callStatic("math", "Max", 1, 3L));
        assertEquals(3L, callStatic("math", "Max", 1L, 3));
    }

    @Test
    void mathOverloadsFollowTheArgumentTypes() {
        assertEquals(2, callStatic("math", "Max", 1, 2));
        assertEquals(5, callStatic("math", "Abs", -5));
        assertEquals(5.5, callStatic("math", "Abs", -5.5));
        assertEquals(new BigDecimal("1.5"), callStatic("math", "Abs", new BigDecimal("-1.5")));
        assertEquals(2.0, callStatic("math", "Floor", 2.7));
        assertEquals(-2.0, callStatic("math", "Truncate", -2.7));
        assertEquals(3.0, callStatic("math", "Ceiling", 2.1));
        assertEquals(8.0, callStatic("math", "Pow", 2, 3));
        assertEquals(3.0, callStatic("math", "Sqrt", 9));
        assertEquals(-1, callStatic("math", "Min", -1, 0));
        assertEquals(Math.PI, stat("math", "PI"));
        assertEquals(Math.E, stat("math", "E"));
        assertEquals("Exception calling \"Abs\" with \"1\" argument(s): \"Negating the minimum value of a twos "
                + "complement number is invalid.\"", assertThrows(MethodInvocationException.class,
                        () -> callStatic("math", "Abs", Integer.MIN_VALUE)).getMessage());
    }

    @Test
    void numericStaticsParseAndTryParse() {
        assertEquals(Integer.MAX_VALUE, stat("int", "MaxValue"));
        assertEquals(Long.MIN_VALUE, stat("long", "MinValue"));
        assertEquals((byte) -1, stat("byte", "MaxValue"));
        assertEquals(Double.MAX_VALUE, stat("double", "MaxValue"));
        assertEquals(new BigDecimal("79228162514264337593543950335"), stat("decimal", "MaxValue"));
        assertEquals('\uffff', stat("char", "MaxValue"));
        assertEquals(42, callStatic("int", "Parse", " 42 "));
        assertEquals(1.5, callStatic("double", "Parse", "1.5"));
        assertEquals(new BigDecimal("1234.5"), callStatic("decimal", "Parse", "1,234.5"));
        assertEquals(true, callStatic("bool", "Parse", "TRUE"));
        MethodInvocationException e = assertThrows(MethodInvocationException.class,
                () -> callStatic("int", "Parse", "1.5"));
        assertEquals("Exception calling \"Parse\" with \"1\" argument(s): \"The input string '1.5' was not in a correct "
                + "format.\"", e.getMessage());
        assertEquals("FormatException", e.errorId());
        assertEquals("Exception calling \"Parse\" with \"1\" argument(s): \"Value was either too large or too small for "
                + "an Int32.\"", assertThrows(MethodInvocationException.class,
                        () -> callStatic("int", "Parse", "99999999999")).getMessage());
        PSReference result = new PSReference(null);
        assertEquals(true, callStatic("int", "TryParse", "12", result));
        assertEquals(12, result.getValue());
        assertEquals(false, callStatic("int", "TryParse", "x", result));
        assertEquals(0, result.getValue());
        MethodException notRef = assertThrows(MethodException.class, () -> callStatic("int", "TryParse", "1", 0));
        assertEquals("Argument: '2' should be a System.Management.Automation.PSReference. Use [ref].",
                notRef.getMessage());
        assertEquals(true, callStatic("double", "IsNaN", stat("double", "NaN")));
        assertEquals("042", call(42, "ToString", "D3"));
        assertEquals("0.30000000000000004", call(0.1 + 0.2, "ToString"));
    }

    @Test
    void charStatics() {
        assertEquals(true, callStatic("char", "IsDigit", '7'));
        assertEquals(false, callStatic("char", "IsDigit", 'x'));
        assertEquals(true, callStatic("char", "IsLetter", "a1", 0));
        assertEquals(true, callStatic("char", "IsWhiteSpace", '\t'));
        assertEquals(true, callStatic("char", "IsUpper", 'A'));
        assertEquals('A', callStatic("char", "ToUpper", 'a'));
        assertEquals("\uD83D\uDE00", callStatic("char", "ConvertFromUtf32", 0x1F600));
        assertEquals(true, callStatic("char", "IsLetter", "a"));
    }

    @Test
    void objectMembersAreEverywhere() {
        assertSame(CoreTypes.INT32, call(5, "GetType"));
        assertEquals("Int32", MemberAccess.getMember(call(5, "GetType"), "Name"));
        assertEquals("System.Collections.Hashtable", MemberAccess.getMember(call(new Hashtable(), "GetType"),
                "FullName"));
        assertEquals("System.Object[]", call(new Object[0], "ToString"));
        assertEquals(true, call(5, "Equals", 5));
        assertEquals(false, call(5, "Equals", 5L));
    }

    @Test
    void everyScalarHasCountAndLengthAndNullHasNone() {
        assertEquals(1, MemberAccess.getMember(5, "Count"));
        assertEquals(1, MemberAccess.getMember("abc", "Count"));
        assertEquals(0, MemberAccess.getMember(null, "Count"));
        assertEquals(0, MemberAccess.getMember(null, "Length"));
        assertEquals(3, MemberAccess.getMember(new Object[] {1, 2, 3}, "Count"));
        assertNull(MemberAccess.getMember(5, "NoSuchProperty"));
        assertTrue(MemberAccess.hasMember("abc", "Length"));
    }

    @Test
    void membersOfCollectionElementsAreEnumerated() {
        Object[] strings = {"a", "bb", "ccc"};
        assertEquals(3, MemberAccess.getMember(strings, "Length"));
        PSObject a = PSObject.newCustomObject();
        a.setNoteProperty("Name", "x");
        PSObject b = PSObject.newCustomObject();
        b.setNoteProperty("Name", null);
        PSObject c = PSObject.newCustomObject();
        assertArrayEquals(new Object[] {"x", null}, (Object[]) MemberAccess.getMember(new Object[] {a, b, c}, "name"));
        assertEquals("x", MemberAccess.getMember(new Object[] {a, c}, "Name"));
        assertArrayEquals(new Object[] {"x", null}, (Object[]) MemberAccess.getMember(
                new Object[] {new Object[] {a, c}, b}, "Name"));
        assertArrayEquals(new Object[] {"A", "BB"}, (Object[]) call(new Object[] {"a", "bb"}, "ToUpper"));
        assertEquals("A", call(new Object[] {"a"}, "ToUpper"));
        assertEquals("ccc", call(new Object[] {"a", "bb", "ccc"}, "GetValue", 2));
    }

    @Test
    void listsAndTheirMembers() {
        ArrayList list = (ArrayList) callStatic("System.Collections.ArrayList", "new");
        assertEquals(0, call(list, "Add", "a"));
        assertEquals(1, call(list, "Add", "b"));
        call(list, "Insert", 0, "z");
        assertEquals(List.of("z", "a", "b"), list);
        assertEquals(3, MemberAccess.getMember(list, "Count"));
        DotNetType listOfInt = TypeResolver.resolve("System.Collections.Generic.List[int]");
        GenericList ints = (GenericList) MemberAccess.invokeStaticMethod(listOfInt, "new", new Object[0]);
        assertSame(AutomationNull.VALUE, call(ints, "Add", "5"));
        call(ints, "AddRange", (Object) new Object[] {3, "1"});
        assertEquals(List.of(5, 3, 1), ints);
        assertEquals(true, call(ints, "Contains", "3"));
        call(ints, "Sort");
        assertEquals(List.of(1, 3, 5), ints);
        Object array = call(ints, "ToArray");
        assertInstanceOf(Integer[].class, array);
        assertEquals(true, call(ints, "Remove", 3));
        assertEquals(List.of(1, 5), ints);
    }

    @Test
    void dateTimeAndTimeSpanMembers() {
        DateTime d = (DateTime) callStatic("datetime", "new", 2024, 1, 31);
        assertEquals("2024-02-29", call(call(d, "AddMonths", 1), "ToString", "yyyy-MM-dd"));
        assertEquals("2024-02-01 12:00", call(call(d, "AddDays", 1.5), "ToString", "yyyy-MM-dd HH:mm"));
        assertEquals(new EnumValue(CoreTypes.DAY_OF_WEEK, 3), MemberAccess.getMember(d, "DayOfWeek"));
        assertEquals("Wednesday", LanguagePrimitives.toStringValue(MemberAccess.getMember(d, "DayOfWeek")));
        assertEquals(31, MemberAccess.getMember(d, "Day"));
        TimeSpan span = (TimeSpan) call(call(d, "AddHours", 36), "Subtract", d);
        assertEquals(1.5, MemberAccess.getMember(span, "TotalDays"));
        assertEquals(12, MemberAccess.getMember(span, "Hours"));
        assertEquals("00:01:30", LanguagePrimitives.toStringValue(callStatic("timespan", "FromSeconds", 90)));
        assertEquals(true, callStatic("datetime", "IsLeapYear", 2024));
    }

    @Test
    void regexMembers() {
        Regex r = (Regex) callStatic("regex", "new", "(?<n>\\d+)", "IgnoreCase");
        Match m = (Match) call(r, "Match", "ab12cd");
        assertEquals("12", MemberAccess.getMember(m, "Value"));
        assertEquals(2, MemberAccess.getMember(m, "Index"));
        Object groups = MemberAccess.getMember(m, "Groups");
        assertEquals("12", MemberAccess.getMember(call(groups, "get_Item", "n"), "Value"));
        assertEquals(2, MemberAccess.getMember(groups, "Count"));
        assertEquals("ab#cd", callStatic("regex", "Replace", "ab12cd", "\\d+", "#"));
        assertEquals("a\\.b", callStatic("regex", "Escape", "a.b"));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) callStatic("regex", "Split", "a1b", "\\d"));
        assertEquals(2, ((Object[]) call(r, "Matches", "1 2")).length);
        assertEquals("IgnoreCase", LanguagePrimitives.toStringValue(MemberAccess.getMember(r, "Options")));
        ScriptCallable twice = (self, under, a) -> ((Match) a[0]).value() + ((Match) a[0]).value();
        assertEquals("ab1212cd", call(r, "Replace", "ab12cd", twice));
    }

    @Test
    void staticMembersOfTypesWithoutThemAreNull() {
        assertNull(stat("int", "NoSuch"));
        assertInstanceOf(PSMethod.class, stat("math", "round"));
        PSMethod round = (PSMethod) stat("math", "Round");
        assertEquals("static double Round(double a)", round.overloadDefinitions().getFirst());
        PSMethod substring = (PSMethod) MemberAccess.getMember("abc", "Substring");
        assertEquals(List.of("string Substring(int startIndex)", "string Substring(int startIndex, int length)"),
                substring.overloadDefinitions());
    }

    @Test
    void adaptedPropertiesAreStableHandlesForCallSites() {
        TypeAdapter adapter = DotNetType.of("x").adapter();
        PSProperty length = adapter.property("Length");
        assertSame(length, DotNetType.of("other").adapter().property("LENGTH"));
        assertEquals(5, length.getValue("hello"));
        PSMethod toUpper = adapter.method("ToUpper");
        assertEquals("HI", toUpper.invoke("hi", new Object[0]));
        PSRuntimeException readOnly = assertThrows(PSRuntimeException.class,
                () -> MemberAccess.setMember("abc", "Length", 1));
        assertEquals("PropertyAssignmentException", readOnly.errorId());
        assertEquals("'Length' is a ReadOnly property.", readOnly.getMessage());
    }

    @Test
    void stringBuilderMembers() {
        StringBuilder sb = (StringBuilder) callStatic("System.Text.StringBuilder", "new");
        assertSame(sb, call(sb, "Append", "a"));
        call(sb, "Append", 1.5);
        call(sb, "AppendLine", "!");
        call(sb, "AppendFormat", "{0:D2}", 7);
        assertEquals("a1.5!\n07", call(sb, "ToString"));
        assertEquals(8, MemberAccess.getMember(sb, "Length"));
    }
}
