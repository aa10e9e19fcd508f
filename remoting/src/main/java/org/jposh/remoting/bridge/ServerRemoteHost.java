package org.jposh.remoting.bridge;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.host.ChoiceDescription;
import org.jposh.interpreter.host.History;
import org.jposh.interpreter.host.HostSupportsInteractiveSession;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.host.RemoteRunspace;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.SecureString;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;
import org.jposh.remoting.psrp.messages.ProgressRecordType;
import org.jposh.remoting.server.PipelineContext;

/**
 * The host of a server runspace (pwsh's ServerRemoteHost): what the remote script asks of its host
 * goes to the client of the pipeline running now. Prompts and reads (Read-Host, Get-Credential,
 * PromptForChoice) are host calls the client answers; $Host.UI's writes are host calls that expect
 * no answer; Write-Host is an information record tagged PSHOST and Write-Progress a progress record,
 * as pwsh 7's server sends them. A client that said it has no user interface gets nothing, and
 * prompts fail with pwsh's HostFunctionNotImplemented.
 */
final class ServerRemoteHost implements PSHost, PSHostUserInterface, HostSupportsInteractiveSession {
    private static final String[] HOST_INFORMATION_MESSAGE = {"System.Management.Automation.HostInformationMessage",
        "System.Object"};
    private static final String[] CONSOLE_COLOR = {"System.ConsoleColor", "System.Enum", "System.ValueType",
        "System.Object"};
    private static final List<String> CONSOLE_COLORS = List.of("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed",
            "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White");
    private static final String[] CHOICE_LIST = {"System.Collections.ObjectModel.Collection`1[[System.Management.Automation"
            + ".Host.ChoiceDescription, System.Management.Automation, Version=7.4.6.0, Culture=neutral, "
            + "PublicKeyToken=31bf3856ad364e35]]", "System.Object"};

    private final History history = new History();
    private volatile PipelineContext pipeline;

    /** The pipeline whose client the host talks to from now on; null between pipelines. */
    void attach(PipelineContext context) {
        this.pipeline = context;
    }

    @Override
    public String name() {
        return "ServerRemoteHost";
    }

    @Override
    public PSHostUserInterface ui() {
        return this;
    }

    @Override
    public History history() {
        return history;
    }

    /** {@code exit} left the remote script: the client decides (Enter-PSSession leaves, Invoke-Command closes the session). */
    @Override
    public void setShouldExit(int exitCode) {
        PipelineContext context = pipeline;
        if (context != null) {
            context.hostCallVoid(HostMethodId.SET_SHOULD_EXIT, List.of(exitCode));
        }
    }

    /**
     * Exit-PSSession in the remote session: as pwsh's ServerRemoteHost, the pop goes to the client,
     * whose console leaves the session it entered.
     */
    @Override
    public void popRunspace() {
        PipelineContext context = pipeline;
        if (context != null) {
            context.hostCallVoid(HostMethodId.POP_RUNSPACE, List.of());
        }
    }

    /** $Host.EnterNestedPrompt() in a remote session: pwsh's server has no input loop to nest. */
    @Override
    public void enterNestedPrompt() {
        throw RemoteHostExceptions.notImplemented(HostMethodId.ENTER_NESTED_PROMPT);
    }

    /** Confirmations in a remote session do not offer Suspend, as pwsh's InquireHelper hides it there. */
    @Override
    public boolean canSuspend() {
        return false;
    }

    /** Enter-PSSession from inside a remote session: pwsh's server cannot push either. */
    @Override
    public void pushRunspace(RemoteRunspace runspace) {
        throw RemoteHostExceptions.notImplemented(HostMethodId.PUSH_RUNSPACE);
    }

    @Override
    public boolean isRunspacePushed() {
        throw RemoteHostExceptions.notImplemented(HostMethodId.GET_IS_RUNSPACE_PUSHED);
    }

    @Override
    public RemoteRunspace pushedRunspace() {
        return null;
    }

    @Override
    public void write(String text) {
        send(HostMethodId.WRITE1, text);
    }

    @Override
    public void writeLine(String text) {
        send(HostMethodId.WRITE_LINE2, text);
    }

    @Override
    public void writeErrorLine(String text) {
        send(HostMethodId.WRITE_ERROR_LINE, text);
    }

    @Override
    public void writeWarningLine(String text) {
        send(HostMethodId.WRITE_WARNING_LINE, text);
    }

    @Override
    public void writeVerboseLine(String text) {
        send(HostMethodId.WRITE_VERBOSE_LINE, text);
    }

    @Override
    public void writeDebugLine(String text) {
        send(HostMethodId.WRITE_DEBUG_LINE, text);
    }

    /** As pwsh 7: an information record whose data is a HostInformationMessage, tagged PSHOST. */
    @Override
    public void writeHost(String text, String foregroundColor, String backgroundColor, boolean noNewLine) {
        PipelineContext context = pipeline;
        if (context == null) {
            return;
        }
        PsObjectData message = new PsObjectData(HOST_INFORMATION_MESSAGE).setToStringValue(text)
                .addAdapted("Message", text)
                .addAdapted("NoNewLine", noNewLine)
                .addAdapted("ForegroundColor", color(foregroundColor))
                .addAdapted("BackgroundColor", color(backgroundColor));
        context.writeInformation(informationRecord(message, "Write-Host", List.of("PSHOST")));
    }

    @Override
    public void writeProgress(long sourceId, ProgressRecord record) {
        PipelineContext context = pipeline;
        if (context != null) {
            context.writeProgress(new ProgressRecordMessage(record.activity(), record.activityId(),
                    record.statusDescription(), record.currentOperation(), record.parentActivityId(),
                    record.percentComplete(), record.completed() ? ProgressRecordType.COMPLETED : ProgressRecordType.PROCESSING,
                    record.secondsRemaining()));
        }
    }

    @Override
    public String readLine() {
        Object line = call(HostMethodId.READ_LINE);
        return line == null ? null : String.valueOf(line);
    }

    @Override
    public SecureString readLineAsSecureString() {
        return secure(call(HostMethodId.READ_LINE_AS_SECURE_STRING));
    }

    /** PromptForCredential1 (caption, message, user name, target name): the client's host does the asking. */
    @Override
    public PSCredential promptForCredential(String caption, String message, String userName) {
        Object answer = call(HostMethodId.PROMPT_FOR_CREDENTIAL1, caption, message, userName, "");
        if (!(answer instanceof PsObjectData credential)) {
            return null;
        }
        return PSCredential.create(String.valueOf(credential.propertyValue("UserName")),
                secure(credential.propertyValue("Password")));
    }

    @Override
    public int promptForChoice(String caption, String message, List<ChoiceDescription> choices, int defaultChoice) {
        PsCollection list = new PsCollection(PsCollection.Kind.LIST);
        for (ChoiceDescription choice : choices) {
            list.items().add(new PsObjectData().addExtended("label", choice.label())
                    .addExtended("helpMessage", choice.helpMessage()));
        }
        Object picked = call(HostMethodId.PROMPT_FOR_CHOICE, caption, message, new PsObjectData(CHOICE_LIST).setBaseValue(list),
                defaultChoice);
        if (picked instanceof Integer i) {
            return i;
        }
        throw HostException.of("HostCallFailed", ErrorCategory.InvalidResult,
                "The client answered PromptForChoice with " + picked + " instead of a number.", "PSRemotingDataStructureException");
    }

    /** A host call that expects no answer; dropped when the client has no user interface. */
    private void send(HostMethodId method, Object... parameters) {
        PipelineContext context = pipeline;
        if (context != null && !context.hostInfo().hostUINull()) {
            context.hostCallVoid(method, Arrays.asList(parameters));
        }
    }

    /** A host call the client answers; its error (a client that cannot prompt) becomes this host's. */
    private Object call(HostMethodId method, Object... parameters) {
        PipelineContext context = pipeline;
        if (context == null || context.hostInfo().hostUINull()) {
            throw HostException.notImplemented();
        }
        try {
            return context.hostCall(method, new ArrayList<>(Arrays.asList(parameters)));
        } catch (RemotingException e) {
            ErrorRecordData error = e.record();
            ErrorCategory[] categories = ErrorCategory.values();
            int c = error.category();
            throw HostException.of(error.fullyQualifiedErrorId(), c >= 0 && c < categories.length ? categories[c]
                    : ErrorCategory.NotSpecified, error.message(), error.categoryReason());
        }
    }

    private SecureString secure(Object value) {
        if (!(value instanceof PsSecureString encrypted)) {
            return null;
        }
        char[] chars = pipeline.decrypt(encrypted);
        try {
            return SecureString.of(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A ConsoleColor for a HostInformationMessage: the enum as pwsh serializes it, or null. */
    private static Object color(String name) {
        if (name == null) {
            return null;
        }
        for (int i = 0; i < CONSOLE_COLORS.size(); i++) {
            if (CONSOLE_COLORS.get(i).equalsIgnoreCase(name)) {
                return new PsObjectData(CONSOLE_COLOR).setToStringValue(CONSOLE_COLORS.get(i)).setBaseValue(i);
            }
        }
        return null;
    }

    /** An INFORMATION_RECORD with the fields pwsh fills in: who, where and when. */
    static InformationRecordMessage informationRecord(Object messageData, String source, List<String> tags) {
        Thread thread = Thread.currentThread();
        return InformationRecordMessage.create(messageData, source, OffsetDateTime.now(), tags,
                System.getProperty("user.name"), Computer.NAME, ProcessHandle.current().pid(), thread.threadId(),
                thread.threadId());
    }

    /** The computer's name, looked up once (it may take a name-service query). */
    private static final class Computer {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "localhost";
            }
        }
    }
}
