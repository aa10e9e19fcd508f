package org.jposh.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

class PoshScriptEngineTest {
    private static final ScriptEngineManager MANAGER = new ScriptEngineManager();

    private final ScriptEngine engine = MANAGER.getEngineByName("jposh");

    @Test
    void theEngineIsFoundByNameExtensionAndMimeType() {
        assertInstanceOf(PoshScriptEngine.class, engine);
        assertInstanceOf(PoshScriptEngine.class, MANAGER.getEngineByName("powershell"));
        assertInstanceOf(PoshScriptEngine.class, MANAGER.getEngineByName("posh"));
        assertInstanceOf(PoshScriptEngine.class, MANAGER.getEngineByExtension("ps1"));
        assertInstanceOf(PoshScriptEngine.class, MANAGER.getEngineByMimeType("application/x-powershell"));
        assertEquals("PowerShell", engine.getFactory().getLanguageName());
        assertEquals("0.1.0", engine.getFactory().getEngineVersion());
    }

    @Test
    void evalReturnsJavaValues() throws ScriptException {
        assertEquals(7, engine.eval("1 + 2 * 3"));
        assertEquals("ab", engine.eval(new StringReader("'a' + 'b'")));
        assertEquals(List.of(1, 2, 3), engine.eval("1..3"));
        Map<?, ?> table = assertInstanceOf(Map.class, engine.eval("@{ Name = 'x' }"));
        assertEquals("x", table.get("Name"));
    }

    @Test
    void bindingsAreVariablesBothWays() throws ScriptException {
        engine.put("x", 41);
        assertEquals(42, engine.eval("$x + 1"));
        engine.eval("$Result = \"got $x\"");
        assertEquals("got 41", engine.get("Result"));
        engine.eval("$x = 'changed'");
        assertEquals("changed", engine.get("x"));
    }

    @Test
    void hostObjectsInBindingsArePowerShellObjects() throws ScriptException {
        StringBuilder sb = new StringBuilder("abc");
        engine.put("sb", sb);
        engine.eval("$sb.append('def')");
        assertEquals("abcdef", sb.toString());
        assertEquals(6, engine.eval("$sb.Length()"));
        assertSame(sb, engine.eval("$sb"));
    }

    @Test
    void outputAndErrorsGoToTheContextWriters() throws ScriptException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ScriptContext context = new SimpleScriptContext();
        context.setWriter(out);
        context.setErrorWriter(err);
        engine.eval("Write-Host 'héllo'; Get-Item /no/such/path", context);
        assertEquals("héllo\n", out.toString());
        assertTrue(err.toString().startsWith("Get-Item : Cannot find path '/no/such/path' because it does not exist."),
                err.toString());
    }

    @Test
    void terminatingErrorsAreScriptExceptions() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("1 +"));
        assertTrue(e.getMessage().contains("You must provide a value expression following the '+' operator."),
                e.getMessage());
    }

    @Test
    void compiledScriptsRunAgainWithNewBindings() throws ScriptException {
        CompiledScript compiled = ((Compilable) engine).compile("$n * 2");
        Bindings bindings = engine.createBindings();
        ScriptContext context = new SimpleScriptContext();
        context.setBindings(bindings, ScriptContext.ENGINE_SCOPE);
        bindings.put("n", 2);
        assertEquals(4, compiled.eval(context));
        bindings.put("n", 21);
        assertEquals(42, compiled.eval(context));
    }

    @Test
    void invokeFunctionRunsACommandWithPositionalArguments() throws Exception {
        Invocable invocable = (Invocable) engine;
        assertEquals("a/b", invocable.invokeFunction("Join-Path", "a", "b"));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("1; Remove-Item x"));
    }

    @Test
    void invokeFunctionCallsAFunctionTheScriptDefined() throws Exception {
        engine.eval("function Get-Greeting($name, $punctuation = '!') { \"Hello, $name$punctuation\" }");
        assertEquals("Hello, JSR-223!", ((Invocable) engine).invokeFunction("Get-Greeting", "JSR-223"));
        assertEquals("Hello, you?", ((Invocable) engine).invokeFunction("Get-Greeting", "you", "?"));
    }

    @Test
    void invokeMethodCallsMethodsOfReturnedObjects() throws Exception {
        Object date = engine.eval("[datetime]::new(2024, 2, 28)");
        assertNotNull(date);
        Object next = ((Invocable) engine).invokeMethod(date, "AddDays", 2);
        assertEquals(3, ((Map<?, ?>) next).get("Month"));
    }
}
