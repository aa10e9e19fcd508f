package org.jposh.interpreter.host;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jposh.interpreter.LocalRunspace;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.AutomaticVariables;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.HostRawUserInterface;
import org.jposh.interpreter.runtime.ExitNestedPromptException;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SemanticVersion;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * {@code $Host}: the session's host as scripts see it (pwsh's InternalHost), with its UI
 * ({@code $Host.UI}, InternalHostUserInterface) whose methods call the host the session has now: the
 * console's, or a remoting server's, whose UI forwards them to the client as host calls.
 */
public final class InternalHost implements DotNetTyped {
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Internal.Host", "InternalHost",
            InternalHost.class, InternalHost::defineMembers);
    static final DotNetType UI_TYPE = CoreTypes.define("System.Management.Automation.Internal.Host",
            "InternalHostUserInterface", UserInterface.class, InternalHost::defineUiMembers);

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(UI_TYPE);
    }

    private final Supplier<PSHost> host;
    private final IntConsumer nestedPromptLevelChanged;
    private UUID instanceId;
    private final UserInterface ui = new UserInterface();
    private int nestedPromptLevel;

    /**
     * @param host the session's current host, asked on every call (a console may replace it)
     * @param nestedPromptLevelChanged told the new level on entering and leaving a nested prompt ($NestedPromptLevel)
     */
    public InternalHost(Supplier<PSHost> host, IntConsumer nestedPromptLevelChanged) {
        this.host = host;
        this.nestedPromptLevelChanged = nestedPromptLevelChanged;
    }

    /**
     * $Host.InstanceId, made when first asked: a random UUID initialises SecureRandom, milliseconds of every
     * start for a value few scripts read.
     */
    private synchronized UUID instanceId() {
        if (instanceId == null) {
            instanceId = UUID.randomUUID();
        }
        return instanceId;
    }

    /**
     * Suspends the command running now in a nested prompt of the host (pwsh's InternalHost.EnterNestedPrompt):
     * one level deeper while it runs; returns when the user leaves it ({@code exit} or
     * {@code $Host.ExitNestedPrompt()}). A host without nested prompts fails (NotSupported).
     */
    public void enterNestedPrompt() {
        nestedPromptLevelChanged.accept(++nestedPromptLevel);
        try {
            host.get().enterNestedPrompt();
        } finally {
            nestedPromptLevelChanged.accept(--nestedPromptLevel);
        }
    }

    /**
     * Leaves the innermost nested prompt once the command calling this has been unwound (it throws
     * {@link ExitNestedPromptException}); nothing at the top level, as in pwsh.
     */
    public void exitNestedPrompt() {
        if (nestedPromptLevel == 0) {
            return;
        }
        host.get().exitNestedPrompt();
        throw new ExitNestedPromptException();
    }

    /** How many nested prompts are running ($NestedPromptLevel). */
    public int nestedPromptLevel() {
        return nestedPromptLevel;
    }

    /** Whether a confirmation may offer Suspend (not in a remoting server's session). */
    public boolean canSuspend() {
        return host.get().canSuspend();
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    /** {@code $Host.UI}: the current host's user interface. */
    public final class UserInterface implements DotNetTyped {
        private final HostRawUserInterface rawUI = new HostRawUserInterface();

        PSHostUserInterface target() {
            return host.get().ui();
        }

        @Override
        public DotNetType dotNetType() {
            return UI_TYPE;
        }

        @Override
        public String toString() {
            return UI_TYPE.fullName();
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, h -> ((InternalHost) h).host.get().name());
        b.property("Version", SemanticVersion.TYPE, h -> AutomaticVariables.PS_VERSION);
        b.property("InstanceId", CoreTypes.GUID, h -> ((InternalHost) h).instanceId());
        b.property("UI", UI_TYPE, h -> ((InternalHost) h).ui);
        b.property("Runspace", LocalRunspace.BASE_TYPE, h -> PoshContext.get(null).defaultRunspace());
        b.method("EnterNestedPrompt", CoreTypes.VOID, (h, a) -> {
            try {
                return voided(((InternalHost) h)::enterNestedPrompt);
            } catch (HostException e) {
                throw e.inMethodCall("EnterNestedPrompt", 0);
            }
        });
        b.method("ExitNestedPrompt", CoreTypes.VOID, (h, a) -> voided(((InternalHost) h)::exitNestedPrompt));
    }

    private static void defineUiMembers(TypeAdapter.Builder b) {
        DotNetType string = CoreTypes.STRING;
        b.property("SupportsVirtualTerminal", CoreTypes.BOOLEAN, u -> ui(u).supportsVirtualTerminal());
        b.property("RawUI", HostRawUserInterface.TYPE, u -> ((UserInterface) u).rawUI);
        b.method("Write", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).write(text(a[0]))), param("value", string));
        b.method("Write", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).write(text(a[2]))),
                param("foregroundColor", CoreTypes.OBJECT), param("backgroundColor", CoreTypes.OBJECT), param("value", string));
        b.method("WriteLine", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).writeLine("")));
        b.method("WriteLine", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).writeLine(text(a[0]))), param("value", string));
        b.method("WriteLine", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).writeLine(text(a[2]))),
                param("foregroundColor", CoreTypes.OBJECT), param("backgroundColor", CoreTypes.OBJECT), param("value", string));
        b.method("WriteErrorLine", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).writeErrorLine(text(a[0]))),
                param("value", string));
        b.method("WriteWarningLine", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).writeWarningLine(text(a[0]))),
                param("message", string));
        b.method("WriteVerboseLine", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).writeVerboseLine(text(a[0]))),
                param("message", string));
        b.method("WriteDebugLine", CoreTypes.VOID, (u, a) -> voided(() -> ui(u).writeDebugLine(text(a[0]))),
                param("message", string));
        b.method("ReadLine", string, (u, a) -> ui(u).readLine());
        b.method("ReadLineAsSecureString", CoreTypes.SECURE_STRING, (u, a) -> ui(u).readLineAsSecureString());
        b.method("PromptForCredential", CoreTypes.PS_CREDENTIAL,
                (u, a) -> ui(u).promptForCredential(text(a[0]), text(a[1]), text(a[2])),
                param("caption", string), param("message", string), param("userName", string), param("targetName", string));
        b.method("PromptForChoice", CoreTypes.INT32,
                (u, a) -> ui(u).promptForChoice(text(a[0]), text(a[1]), choices(a[2]), (Integer) a[3]),
                param("caption", string), param("message", string), param("choices", CoreTypes.OBJECT),
                param("defaultChoice", CoreTypes.INT32));
    }

    private static PSHostUserInterface ui(Object target) {
        return ((UserInterface) target).target();
    }

    /** A void method's result: nothing, not even $null, reaches the pipeline. */
    private static Object voided(Runnable call) {
        call.run();
        return AutomationNull.VALUE;
    }

    private static String text(Object value) {
        return value == null ? null : LanguagePrimitives.toStringValue(value);
    }

    /** A Collection[ChoiceDescription] argument: each element converted as pwsh's binder converts it. */
    private static List<ChoiceDescription> choices(Object value) {
        List<ChoiceDescription> choices = new ArrayList<>();
        Iterable<?> items = LanguagePrimitives.getEnumerable(value);
        for (Object item : items == null ? List.of(value) : items) {
            choices.add((ChoiceDescription) LanguagePrimitives.convertTo(item, ChoiceDescription.TYPE));
        }
        return choices;
    }
}
