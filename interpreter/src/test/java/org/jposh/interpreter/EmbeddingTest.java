package org.jposh.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JPosh inside a Java application through the polyglot API: values both ways, host objects, caching, limits. */
class EmbeddingTest {
    private static final Engine ENGINE = Engine.newBuilder(PoshLanguage.ID)
            .option("engine.WarnInterpreterOnly", "false").build();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Context context = newContext().err(err).build();

    /** Contexts sharing an engine must have the same host access: a sandboxed one needs an engine of its own. */
    private static Context.Builder newContext() {
        return Context.newBuilder(PoshLanguage.ID).engine(ENGINE).allowAllAccess(true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value eval(String script) {
        return context.eval(PoshLanguage.ID, script);
    }

    @Test
    void scalarsArePrimitives() {
        assertEquals(7, eval("1 + 2 * 3").asInt());
        assertEquals(5000000000L, eval("5000000000").asLong());
        assertEquals(2.5, eval("10 / 4").asDouble());
        assertEquals("ab", eval("'a' + 'b'").asString());
        assertTrue(eval("$true").asBoolean());
        assertTrue(eval("$null").isNull());
    }

    @Test
    void programsRunOnlyWhenTheHostAllowsProcesses() {
        try (Context sandbox = Context.newBuilder(PoshLanguage.ID).err(err).build()) {
            Value result = sandbox.eval(PoshLanguage.ID, "/bin/echo hi; 'after'");
            assertEquals("after", result.asString());
            assertTrue(err.toString().contains("ProcessCreationDenied"), err.toString());
        }
        assertEquals("hi", eval("/bin/echo hi").asString());
    }

    @Test
    void scriptBlocksAndFunctionsAreExecutable() {
        eval("function Add-Numbers([int]$a, [int]$b) { $a + $b }");
        assertEquals(5, eval("${function:Add-Numbers}").execute(2, 3).asInt());
        Value block = eval("{ param($name) \"Hello, $name\" }");
        assertTrue(block.canExecute());
        assertEquals("Hello, Java", block.execute("Java").asString());
    }

    @Test
    void arraysHaveElements() {
        Value array = eval("1, 'two', (3, 4)");
        assertEquals(3, array.getArraySize());
        assertEquals(1, array.getArrayElement(0).asInt());
        assertEquals("two", array.getArrayElement(1).asString());
        assertEquals(4, array.getArrayElement(2).getArrayElement(1).asInt());
        assertEquals("1 two System.Object[]", array.toString());
    }

    @Test
    void hashtablesAreHashes() {
        Value table = eval("@{ Name = 'disk'; Size = 10 }");
        assertTrue(table.hasHashEntries());
        assertEquals(2, table.getHashSize());
        assertEquals("disk", table.getHashValue("name").asString(), "keys compare as PowerShell compares them");
        table.putHashEntry("Extra", 1.5);
        List<String> keys = new ArrayList<>();
        Value iterator = table.getHashKeysIterator();
        while (iterator.hasIteratorNextElement()) {
            keys.add(iterator.getIteratorNextElement().asString());
        }
        assertEquals(3, keys.size());
        assertTrue(keys.contains("Extra"));
        assertEquals("System.Collections.Hashtable", table.toString());
    }

    @Test
    void psObjectsHaveMembers() {
        Value item = eval("[pscustomobject]@{ Name = 'disk'; Size = 10 }");
        assertTrue(item.hasMember("Name"));
        assertEquals("disk", item.getMember("name").asString());
        item.putMember("Size", 11);
        item.putMember("Owner", "root");
        assertEquals(11, item.getMember("Size").asInt());
        assertEquals("@{Name=disk; Size=11; Owner=root}", item.toString());
        assertTrue(item.getMemberKeys().containsAll(List.of("Name", "Size", "Owner")));
    }

    @Test
    void adaptedObjectsHaveInvocableMethods() {
        Value date = eval("[datetime]::new(2024, 2, 28)");
        assertEquals(2024, date.getMember("Year").asInt());
        Value next = date.invokeMember("AddDays", 2);
        assertEquals(1, next.getMember("Day").asInt());
        assertEquals(3, next.getMember("Month").asInt());
    }

    @Test
    void bindingsAreGlobalVariablesBothWays() {
        Value bindings = context.getBindings(PoshLanguage.ID);
        bindings.putMember("x", 41);
        assertEquals(42, eval("$x + 1").asInt());
        eval("$fromScript = 'set by the script'");
        assertEquals("set by the script", bindings.getMember("fromScript").asString());
        assertTrue(bindings.hasMember("FROMSCRIPT"), "variable names are case-insensitive");
        Value table = eval("@{ a = 1 }");
        bindings.putMember("t", table);
        assertEquals(1, eval("$t.a").asInt(), "a value handed back is the PowerShell value again");
        bindings.removeMember("x");
        assertTrue(eval("$x").isNull());
    }

    /** A host object: getters, a setter, a public field, methods. */
    public static final class Person {
        public String nickname = "annie";
        private String name;
        private final int age;

        public Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public boolean isAdult() {
            return age >= 18;
        }

        public String greet(String other) {
            return "Hello " + other + ", I am " + name;
        }

        public void fail() {
            throw new IllegalStateException("host says no");
        }

        @Override
        public String toString() {
            return name + " (" + age + ")";
        }
    }

    @Test
    void hostObjectsArePowerShellObjects() {
        Person ann = new Person("Ann", 30);
        context.getBindings(PoshLanguage.ID).putMember("p", ann);
        assertEquals("Ann", eval("$p.Name").asString());
        assertEquals(31, eval("$p.age + 1").asInt());
        assertTrue(eval("$p.Adult").asBoolean());
        assertEquals("annie", eval("$p.nickname").asString());
        assertEquals("Hello Bob, I am Ann", eval("$p.Greet('Bob')").asString());
        assertEquals("Ann (30)", eval("\"$p\"").asString());
        assertEquals(ann, eval("$p").asHostObject(), "the host gets its own object back");
    }

    @Test
    void hostExceptionsAreMethodInvocationErrors() {
        context.getBindings(PoshLanguage.ID).putMember("p", new Person("Ann", 30));
        assertEquals("after", eval("$p.Fail(); 'after'").asString(), "as in pwsh, the error ends its statement only");
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith("Exception calling \"fail\" with \"0\" argument(s): \"host says no\""), error);
        assertTrue(error.contains("FullyQualifiedErrorId : IllegalStateException"), error);
    }

    @Test
    void hostCollectionsEnumerate() {
        Value bindings = context.getBindings(PoshLanguage.ID);
        bindings.putMember("list", List.of(1, 2, 3));
        bindings.putMember("array", new int[]{4, 5});
        bindings.putMember("map", Map.of("key", "value"));
        Iterable<String> iterable = () -> List.of("x", "y").iterator();
        bindings.putMember("iterable", iterable);
        assertEquals(3, eval("$list.Count").asInt());
        assertEquals(2, eval("$list[1]").asInt());
        assertEquals(5, eval("@($array)[-1]").asInt());
        assertEquals(2, eval("@($iterable).Count").asInt());
        assertEquals("x-y", eval("$iterable -join '-'").asString());
        assertEquals("value", eval("$map.key").asString());
        assertEquals("value", eval("$map['key']").asString());
    }

    /** A cmdlet of the embedding application. */
    @Cmdlet(verb = "Get", noun = "Greeting")
    public static final class GetGreetingCommand extends PSCmdlet {
        @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
        private String name;

        @Override
        protected void processRecord() {
            writeObject("Hello " + name);
        }
    }

    @Test
    void applicationCmdletsAreRegisteredPerContext() {
        JPosh.registerCmdlet(context, GetGreetingCommand.class);
        assertEquals("Hello Ann", eval("Get-Greeting Ann").asString());
        Value greetings = eval("'Bob', 'Eve' | get-greeting");
        assertEquals("Hello Eve", greetings.getArrayElement(1).asString());
        try (Context other = newContext().err(err).build()) {
            assertTrue(other.eval(PoshLanguage.ID, "Get-Greeting Ann").isNull());
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("The term 'Get-Greeting' is not recognized"));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JPosh.registerCmdlet(context, PSCmdlet.class));
        assertEquals("org.jposh.interpreter.commands.PSCmdlet has no @Cmdlet annotation", e.getMessage());
    }

    @Test
    void aSourceIsParsedOncePerEngine() {
        Source source = Source.create(PoshLanguage.ID, "'parsed once' + 1");
        context.initialize(PoshLanguage.ID);
        long before = parsedSources(context);
        assertEquals("parsed once1", context.eval(source).asString());
        assertEquals("parsed once1", context.eval(source).asString());
        assertEquals(before + 1, parsedSources(context));
        try (Context second = newContext().build()) {
            assertEquals("parsed once1", second.eval(source).asString());
            assertEquals(before + 1, parsedSources(second), "a second context on the engine reuses the code");
        }
    }

    private static long parsedSources(Context context) {
        context.enter();
        try {
            return PoshContext.current().language().parsedSources();
        } finally {
            context.leave();
        }
    }

    @Test
    void contextsOnOneEngineHaveTheirOwnVariables() {
        try (Context other = newContext().build()) {
            eval("$v = 'first'");
            other.eval(PoshLanguage.ID, "$v = 'second'");
            assertEquals("first", eval("$v").asString());
            assertEquals("second", other.eval(PoshLanguage.ID, "$v").asString());
        }
    }

    @Test
    void theStatementLimitStopsAScriptAndTheEngineStaysUsable() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(50, null).build();
        Context limited = newContext().resourceLimits(limits).build();
        assertEquals(3, limited.eval(PoshLanguage.ID, "$a = 1; $a + 2").asInt());
        PolyglotException e = assertThrows(PolyglotException.class,
                () -> limited.eval(PoshLanguage.ID, "1;".repeat(100)));
        assertTrue(e.isResourceExhausted(), e.toString());
        assertEquals("Statement count limit of 50 exceeded. Statements executed 51.", e.getMessage());
        // Exceeding a limit cancels the context for good (closing it reports why); the engine goes on.
        assertTrue(assertThrows(PolyglotException.class, () -> limited.eval(PoshLanguage.ID, "1")).isCancelled());
        assertTrue(assertThrows(PolyglotException.class, limited::close).isResourceExhausted());
        assertEquals(2, eval("1 + 1").asInt());
    }

    @Test
    void hostClassLookupIsDeniedClearly() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try (Context sandboxed = Context.newBuilder(PoshLanguage.ID).option("engine.WarnInterpreterOnly", "false")
                .err(errors).build()) {
            assertTrue(sandboxed.eval(PoshLanguage.ID, "[java.io.File]::new('/etc/passwd')").isNull());
            assertEquals(List.of("Unable to find type [java.io.File]. Java classes are not accessible to scripts in "
                            + "this context: the host has not allowed host class lookup.", "At line:1 char:1"),
                    errors.toString(StandardCharsets.UTF_8).lines().limit(2).toList());
            assertTrue(errors.toString(StandardCharsets.UTF_8).contains("FullyQualifiedErrorId : TypeNotFound"));
            errors.reset();
            sandboxed.eval(PoshLanguage.ID, "[no.such.Type]");
            assertTrue(errors.toString(StandardCharsets.UTF_8).startsWith("Unable to find type [no.such.Type].\n"));
        }
    }

    @Test
    void hostClassesCanBeUsedWhenAllowed() {
        assertEquals("passwd", eval("[java.io.File]::new('/etc/passwd').getName()").asString());
        assertEquals(7, eval("[java.lang.Math]::max(3, 7)").asInt());
    }
}
