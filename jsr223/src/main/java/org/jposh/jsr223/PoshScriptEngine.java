package org.jposh.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.regex.Pattern;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A JPosh script engine: one polyglot context (one PowerShell session) whose global variables are
 * the engine-scope bindings. Before each evaluation the bindings become variables ({@code put("x", 1)}
 * is {@code $x}); afterwards the session's variables are copied back, so {@code get("y")} sees what
 * the script set. Values come back as the polyglot API maps them to Java: numbers, strings and
 * booleans as themselves, arrays as {@code List}, hashtables and objects as {@code Map}, host objects
 * as themselves. Output and errors go to the script context's writer and error writer.
 *
 * <p>Scripts have full host access (Java objects, files, processes), as with other JSR-223 engines;
 * a host that needs a sandbox uses the polyglot API (see the README's "Embedding"). One thread at a
 * time may use an engine.
 */
public final class PoshScriptEngine extends AbstractScriptEngine implements Invocable, Compilable {
    private static final Pattern COMMAND_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final String ARGUMENTS_VARIABLE = "__jposh_jsr223_arguments";

    private final PoshScriptEngineFactory factory;
    private final Context polyglot;

    PoshScriptEngine(PoshScriptEngineFactory factory, Engine engine) {
        this.factory = factory;
        this.polyglot = Context.newBuilder(PoshScriptEngineFactory.LANGUAGE).engine(engine).allowAllAccess(true)
                .out(new WriterOutputStream(() -> context.getWriter()))
                .err(new WriterOutputStream(() -> context.getErrorWriter()))
                .build();
    }

    @Override
    public Object eval(String script, ScriptContext scriptContext) throws ScriptException {
        return run(Source.create(PoshScriptEngineFactory.LANGUAGE, script), scriptContext);
    }

    @Override
    public Object eval(Reader reader, ScriptContext scriptContext) throws ScriptException {
        return eval(read(reader), scriptContext);
    }

    private Object run(Source source, ScriptContext scriptContext) throws ScriptException {
        return inSession(scriptContext, () -> polyglot.eval(source));
    }

    private interface Invocation {
        Value run();
    }

    /** Runs with the context's writers and its engine-scope bindings as the session's variables, both ways. */
    private Object inSession(ScriptContext scriptContext, Invocation invocation) throws ScriptException {
        ScriptContext previous = context;
        context = scriptContext;
        Bindings bindings = scriptContext.getBindings(ScriptContext.ENGINE_SCOPE);
        Value variables = polyglot.getBindings(PoshScriptEngineFactory.LANGUAGE);
        try {
            for (Map.Entry<String, Object> entry : bindings.entrySet()) {
                if (!entry.getKey().startsWith("javax.script.")) {
                    setVariable(variables, entry.getKey(), entry.getValue());
                }
            }
            Object result = invocation.run().as(Object.class);
            copyBack(variables, bindings);
            return result;
        } catch (PolyglotException e) {
            throw scriptException(e);
        } finally {
            flush(scriptContext);
            context = previous;
        }
    }

    /**
     * A binding as a variable; the session's read-only variables ($PID, $IsLinux...), which the bindings
     * hold after an eval, keep their values.
     */
    private static void setVariable(Value variables, String name, Object value) {
        try {
            variables.putMember(name, value);
        } catch (UnsupportedOperationException e) {
            // read-only or constant
        }
    }

    /** The session's variables into the bindings, under the name the bindings already use when there is one. */
    private static void copyBack(Value variables, Bindings bindings) {
        for (String name : variables.getMemberKeys()) {
            if (name.equals(ARGUMENTS_VARIABLE)) {
                continue;
            }
            String key = name;
            for (String existing : bindings.keySet()) {
                if (existing.equalsIgnoreCase(name)) {
                    key = existing;
                    break;
                }
            }
            bindings.put(key, variables.getMember(name).as(Object.class));
        }
    }

    private static void flush(ScriptContext scriptContext) {
        try {
            scriptContext.getWriter().flush();
            scriptContext.getErrorWriter().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScriptException scriptException(PolyglotException e) {
        ScriptException result = new ScriptException(e.getMessage(), "<script>",
                e.getSourceLocation() == null ? -1 : e.getSourceLocation().getStartLine(),
                e.getSourceLocation() == null ? -1 : e.getSourceLocation().getStartColumn());
        result.initCause(e);
        return result;
    }

    private static String read(Reader reader) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) > 0; ) {
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return sb.toString();
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    // ---- Invocable ----

    /**
     * Runs the command of that name (a function a script defined, or a cmdlet) with the arguments
     * bound by position, and returns its output.
     */
    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (!COMMAND_NAME.matcher(name).matches()) {
            throw new NoSuchMethodException(name);
        }
        Value variables = polyglot.getBindings(PoshScriptEngineFactory.LANGUAGE);
        variables.putMember(ARGUMENTS_VARIABLE, args == null ? new Object[0] : args);
        try {
            StringBuilder command = new StringBuilder(name);
            for (int i = 0; args != null && i < args.length; i++) {
                command.append(" $").append(ARGUMENTS_VARIABLE).append('[').append(i).append(']');
            }
            return run(Source.create(PoshScriptEngineFactory.LANGUAGE, command.toString()), context);
        } finally {
            variables.removeMember(ARGUMENTS_VARIABLE);
        }
    }

    /** Calls a method of an object a script returned (or of any object), as {@code $thiz.Name(args)} would. */
    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        Value target = polyglot.asValue(thiz);
        if (!target.canInvokeMember(name)) {
            throw new NoSuchMethodException(name);
        }
        return inSession(context, () -> target.invokeMember(name, args == null ? new Object[0] : args));
    }

    /** An implementation of the interface whose methods run the commands of the same names. */
    @Override
    public <T> T getInterface(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getName() + " implemented by JPosh commands";
                };
            }
            return polyglot.asValue(invokeFunction(method.getName(), args)).as(method.getReturnType());
        }));
    }

    /** The object seen through the interface: its methods call the object's methods of the same names. */
    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        return polyglot.asValue(thiz).as(type);
    }

    // ---- Compilable ----

    /** Parses the script once; the compiled script runs it again and again without parsing. */
    @Override
    public CompiledScript compile(String script) throws ScriptException {
        Value parsed;
        try {
            parsed = polyglot.parse(Source.create(PoshScriptEngineFactory.LANGUAGE, script));
        } catch (PolyglotException e) {
            throw scriptException(e);
        }
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext scriptContext) throws ScriptException {
                return inSession(scriptContext, parsed::execute);
            }

            @Override
            public ScriptEngine getEngine() {
                return PoshScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }
}
