package org.jposh.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import org.graalvm.polyglot.Engine;

/**
 * Makes JPosh script engines for {@code javax.script}: {@code new ScriptEngineManager().getEngineByName("jposh")}
 * (also {@code posh} and {@code powershell}), by the extension {@code ps1} or the MIME type
 * {@code application/x-powershell}. The engines of one factory share a polyglot {@link Engine}, so the
 * code one has parsed and warmed up serves the others.
 */
public final class PoshScriptEngineFactory implements ScriptEngineFactory {
    static final String LANGUAGE = "posh";
    private static final List<String> NAMES = List.of("jposh", "posh", "powershell");

    private Engine engine;

    @Override
    public String getEngineName() {
        return "JPosh";
    }

    @Override
    public String getEngineVersion() {
        return polyglotEngine().getLanguages().get(LANGUAGE).getVersion();
    }

    @Override
    public List<String> getExtensions() {
        return List.of("ps1");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("application/x-powershell");
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "PowerShell";
    }

    @Override
    public String getLanguageVersion() {
        return "7.4";
    }

    /** The standard keys, and THREADING null: an engine runs one script at a time (its context is single-threaded). */
    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.NAME -> NAMES.getFirst();
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String method, String... args) {
        return "$" + obj + "." + method + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "Write-Output '" + toDisplay.replace("'", "''") + "'";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements);
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new PoshScriptEngine(this, polyglotEngine());
    }

    private synchronized Engine polyglotEngine() {
        if (engine == null) {
            engine = Engine.newBuilder(LANGUAGE).option("engine.WarnInterpreterOnly", "false").build();
        }
        return engine;
    }
}
