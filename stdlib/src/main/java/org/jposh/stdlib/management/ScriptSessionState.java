package org.jposh.stdlib.management;

import org.jposh.interpreter.commands.EngineIntrinsics;
import org.jposh.interpreter.commands.SessionStateIntrinsics;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.stdlib.modules.PSModuleInfo;

/**
 * System.Management.Automation.SessionState, {@code $ExecutionContext.SessionState} and
 * {@code $PSCmdlet.SessionState}: the session's {@code Path} ({@link PathIntrinsics}), {@code PSVariable}
 * ({@link PSVariableIntrinsics}), {@code InvokeCommand}, {@code LanguageMode} (always FullLanguage) and the
 * {@code Module} the calling code belongs to ($null outside modules).
 */
public final class ScriptSessionState implements SessionStateIntrinsics {
    private static final DotNetType LANGUAGE_MODE = CoreTypes.defineEnum("System.Management.Automation",
            "PSLanguageMode", false, "FullLanguage", "RestrictedLanguage", "NoLanguage", "ConstrainedLanguage");
    static final DotNetType TYPE = FileSystemInfo.registered(CoreTypes.define("System.Management.Automation",
            "SessionState", ScriptSessionState.class, ScriptSessionState::defineMembers));

    private final SessionState session;
    private final PathIntrinsics path;
    private final PSVariableIntrinsics variables;

    public ScriptSessionState(SessionState session) {
        this.session = session;
        this.path = new PathIntrinsics(session);
        this.variables = new PSVariableIntrinsics(session);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String getUnresolvedProviderPathFromPSPath(String psPath) {
        return path.unresolvedProviderPath(psPath);
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Path", PathIntrinsics.TYPE, s -> ((ScriptSessionState) s).path);
        b.property("PSVariable", PSVariableIntrinsics.TYPE, s -> ((ScriptSessionState) s).variables);
        b.property("InvokeCommand", CoreTypes.OBJECT, s -> EngineIntrinsics.invokeCommand());
        b.property("LanguageMode", LANGUAGE_MODE, s -> new EnumValue(LANGUAGE_MODE, 0));
        b.property("Module", CoreTypes.OBJECT, s -> {
            SessionState session = ((ScriptSessionState) s).session;
            return PSModuleInfo.of(session, session.currentScope());
        });
    }
}
