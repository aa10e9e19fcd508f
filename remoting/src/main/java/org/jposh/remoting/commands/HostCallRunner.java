package org.jposh.remoting.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.host.ChoiceDescription;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.SecureString;
import org.jposh.remoting.bridge.PsObjectBridge;
import org.jposh.remoting.bridge.RemoteHostExceptions;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.RemotingErrors;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;
import org.jposh.remoting.psrp.messages.ProgressRecordType;

/**
 * Runs a remote pipeline's host calls on the local host, as pwsh's ClientMethodExecutor does for
 * Invoke-Command and Enter-PSSession: Read-Host, Get-Credential and PromptForChoice of the remote
 * script prompt here, and its $Host.UI writes appear here. SecureStrings travel encrypted with the
 * session key, which is exchanged the first time one is needed. A method this host cannot run is
 * answered with pwsh's not-implemented error.
 */
final class HostCallRunner {
    private static final String[] PS_CREDENTIAL = {"System.Management.Automation.PSCredential", "System.Object"};
    private static final String[] HASHTABLE = {"System.Collections.Hashtable", "System.Object"};

    private final PSHostUserInterface ui;
    private final RemoteRunspacePool pool;

    HostCallRunner(PSHostUserInterface ui, RemoteRunspacePool pool) {
        this.ui = ui;
        this.pool = pool;
    }

    /**
     * Runs a remote pipeline's host call on {@code ui} and answers it: with the result, or with the
     * error the host raised (a non-interactive host's, a failed key exchange), as pwsh answers.
     */
    static void answer(RemoteInvocation.HostMethodCall call, PSHostUserInterface ui) {
        Object result = null;
        ErrorRecordData error = null;
        try {
            result = new HostCallRunner(ui, call.session().pool()).run(call.call());
        } catch (PSRuntimeException e) {
            error = PsObjectBridge.errorRecord(new ErrorRecord(e.getMessage(), e.errorId(), e.category(), null, null,
                    e.exceptionTypeName(), null));
        } catch (PsrpException e) {
            error = RemotingErrors.dataStructure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineStoppedException();
        }
        call.answer(result, error);
    }

    /** The method's result as a CLIXML value (null for methods that return nothing). */
    Object run(HostCall call) throws InterruptedException {
        List<Object> p = call.parameters();
        return switch (call.method()) {
            case READ_LINE -> ui.readLine();
            case READ_LINE_AS_SECURE_STRING -> encrypt(ui.readLineAsSecureString());
            case WRITE1 -> voided(() -> ui.write(text(p, 0)));
            case WRITE2 -> voided(() -> ui.write(text(p, 2)));
            case WRITE_LINE1 -> voided(() -> ui.writeLine(""));
            case WRITE_LINE2 -> voided(() -> ui.writeLine(text(p, 0)));
            case WRITE_LINE3 -> voided(() -> ui.writeLine(text(p, 2)));
            case WRITE_ERROR_LINE -> voided(() -> ui.writeErrorLine(text(p, 0)));
            case WRITE_WARNING_LINE -> voided(() -> ui.writeWarningLine(text(p, 0)));
            case WRITE_VERBOSE_LINE -> voided(() -> ui.writeVerboseLine(text(p, 0)));
            case WRITE_DEBUG_LINE -> voided(() -> ui.writeDebugLine(text(p, 0)));
            case WRITE_PROGRESS -> voided(() -> ui.writeProgress(p.get(0) instanceof Long id ? id : 0,
                    progress(ProgressRecordMessage.decode(p.get(1)))));
            case PROMPT -> prompt(text(p, 0), text(p, 1), p.get(2));
            case PROMPT_FOR_CREDENTIAL1, PROMPT_FOR_CREDENTIAL2 -> credential(ui.promptForCredential(text(p, 0), text(p, 1),
                    text(p, 2)));
            case PROMPT_FOR_CHOICE -> ui.promptForChoice(text(p, 0), text(p, 1), choices(p.get(2)),
                    p.get(3) instanceof Integer i ? i : -1);
            default -> throw RemoteHostExceptions.notImplemented(call.method());
        };
    }

    /** A progress record a remote pipeline sent (PROGRESS_RECORD), as this host shows it. */
    static ProgressRecord progress(ProgressRecordMessage record) {
        return new ProgressRecord(record.activityId(), record.parentActivityId(), record.activity(),
                record.statusDescription(), record.currentOperation(), record.percentComplete(), record.secondsRemaining(),
                record.recordType() == ProgressRecordType.COMPLETED);
    }

    private static Object voided(Runnable write) {
        write.run();
        return null;
    }

    private static String text(List<Object> parameters, int index) {
        Object value = index < parameters.size() ? parameters.get(index) : null;
        return value == null ? null : String.valueOf(value);
    }

    private Object encrypt(SecureString secure) throws InterruptedException {
        if (secure == null) {
            return null;
        }
        char[] chars = secure.toCharArray();
        try {
            return pool.sessionKey(PSSession.KEY_EXCHANGE_TIMEOUT).encrypt(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private Object credential(PSCredential credential) throws InterruptedException {
        if (credential == null) {
            return null;
        }
        return new PsObjectData(PS_CREDENTIAL).setToStringValue("System.Management.Automation.PSCredential")
                .addAdapted("UserName", credential.userName())
                .addAdapted("Password", encrypt(credential.password()));
    }

    /** Host.UI.Prompt (Read-Host -Prompt from a pwsh server): each field asked for in turn, by its label or name. */
    private Object prompt(String caption, String message, Object fields) throws InterruptedException {
        if (caption != null && !caption.isEmpty()) {
            ui.writeLine(caption);
        }
        if (message != null && !message.isEmpty()) {
            ui.writeLine(message);
        }
        PsDictionary answers = new PsDictionary();
        for (Object item : items(fields)) {
            if (!(item instanceof PsObjectData field)) {
                continue;
            }
            String name = String.valueOf(field.propertyValue("name"));
            Object label = field.propertyValue("label");
            ui.write((label == null || String.valueOf(label).isEmpty() ? name : String.valueOf(label)) + ": ");
            boolean secure = String.valueOf(field.propertyValue("parameterTypeFullName")).equals("System.Security.SecureString");
            answers.put(name, secure ? encrypt(ui.readLineAsSecureString()) : ui.readLine());
        }
        return new PsObjectData(HASHTABLE).setBaseValue(answers);
    }

    private static List<ChoiceDescription> choices(Object value) {
        List<ChoiceDescription> choices = new ArrayList<>();
        for (Object item : items(value)) {
            if (item instanceof PsObjectData choice) {
                Object help = choice.propertyValue("helpMessage");
                choices.add(new ChoiceDescription(String.valueOf(choice.propertyValue("label")),
                        help == null ? "" : String.valueOf(help)));
            }
        }
        return choices;
    }

    private static List<Object> items(Object value) {
        if (value instanceof PsObjectData o && o.baseValue() instanceof PsCollection c) {
            return c.items();
        }
        return value instanceof PsCollection c ? c.items() : List.of();
    }
}
