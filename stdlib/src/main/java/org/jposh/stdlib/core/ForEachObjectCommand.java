package org.jposh.stdlib.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommonParameters;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MethodException;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSMethodInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PSScriptMethod;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.interpreter.runtime.UsingExpressions;
import org.jposh.stdlib.jobs.ForEachParallel;

/**
 * ForEach-Object. With script blocks, runs -Process for each input object with {@code $_} set to it,
 * -Begin before and -End after; positional blocks are the begin, process and end blocks when there are
 * three or more (begin and process when two). With -MemberName, writes each object's property
 * ({@code ForEach-Object Length}) or the result of its method ({@code ForEach-Object ToUpper}, with
 * -ArgumentList for the method's arguments), collections unrolled; a dictionary's key comes first.
 * With -Parallel, runs the block for each object in a runspace of its own, at most -ThrottleLimit at
 * a time, writing what the runs produce as it comes (so not in input order); -AsJob returns a PSTaskJob
 * instead, for Receive-Job and Wait-Job.
 */
@Cmdlet(verb = "ForEach", noun = "Object", defaultParameterSetName = ForEachObjectCommand.SCRIPT_BLOCK_SET,
        supportsShouldProcess = true)
public final class ForEachObjectCommand extends PSCmdlet {
    static final String SCRIPT_BLOCK_SET = "ScriptBlockSet";
    private static final String PROPERTY_AND_METHOD_SET = "PropertyAndMethodSet";
    private static final String PARALLEL_SET = "ParallelParameterSet";

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET, valueFromPipeline = true)
    @Parameter(parameterSetName = PROPERTY_AND_METHOD_SET, valueFromPipeline = true)
    @Parameter(parameterSetName = PARALLEL_SET, valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET)
    private ScriptCallable begin;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET, position = 0, mandatory = true)
    @AllowNull
    @AllowEmptyCollection
    private ScriptCallable[] process;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET)
    private ScriptCallable end;

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET, valueFromRemainingArguments = true)
    @AllowNull
    @AllowEmptyCollection
    private ScriptCallable[] remainingScripts;

    @Parameter(parameterSetName = PROPERTY_AND_METHOD_SET, position = 0, mandatory = true)
    @ValidateNotNullOrEmpty
    private String memberName;

    @Parameter(parameterSetName = PROPERTY_AND_METHOD_SET, valueFromRemainingArguments = true)
    @Alias("Args")
    private Object[] argumentList;

    @Parameter(parameterSetName = PARALLEL_SET, mandatory = true)
    private ScriptBlock parallel;

    @Parameter(parameterSetName = PARALLEL_SET)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int throttleLimit = 5;

    @Parameter(parameterSetName = PARALLEL_SET)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE / 1000)
    private int timeoutSeconds;

    @Parameter(parameterSetName = PARALLEL_SET)
    private boolean asJob;

    @Parameter(parameterSetName = PARALLEL_SET)
    private boolean useNewRunspace;

    /** -Parallel: what each run gets, the runs going on (without -AsJob) or the objects (with it). */
    private ForEachParallel.Task task;
    private ForEachParallel tasks;
    private final List<Object> jobInput = new ArrayList<>();
    private final ForEachParallel.Receiver receiver = new ForEachParallel.Receiver(this::writeObject,
            this::writeError, line -> host().ui().writeLine(line), this::writeInformational, this::writeInformation,
            record -> writeProgress(0, record));

    /** The begin block (null for none), the process blocks (null entries do nothing) and the end block. */
    private ScriptCallable beginScript;
    private List<ScriptCallable> processScripts = List.of();
    private ScriptCallable endScript;

    @Override
    protected void beginProcessing() {
        if (PARALLEL_SET.equals(parameterSetName())) {
            beginParallel();
            return;
        }
        if (!SCRIPT_BLOCK_SET.equals(parameterSetName())) {
            return;
        }
        // pwsh keeps one list: -Begin first, then -Process and the remaining blocks in order; with two
        // or more the first is the begin block, and with three or more (and no -End) the last is the end.
        List<ScriptCallable> scripts = new ArrayList<>();
        if (boundParameters().containsKey("Begin")) {
            scripts.add(begin);
        }
        addAll(scripts, process);
        if (boundParameters().containsKey("RemainingScripts")) {
            addAll(scripts, remainingScripts);
        }
        int start = scripts.size() > 1 ? 1 : 0;
        int stop = scripts.size();
        endScript = end;
        if (!boundParameters().containsKey("End") && scripts.size() > 2) {
            stop = scripts.size() - 1;
            endScript = scripts.get(stop);
        }
        beginScript = stop >= 2 ? scripts.getFirst() : null;
        processScripts = scripts.subList(start, stop);
        if (beginScript != null) {
            run(beginScript, null);
        }
    }

    private static void addAll(List<ScriptCallable> scripts, ScriptCallable[] blocks) {
        if (blocks == null) {
            scripts.add(null);
        } else {
            scripts.addAll(Arrays.asList(blocks));
        }
    }

    @Override
    protected void processRecord() {
        if (PARALLEL_SET.equals(parameterSetName())) {
            processParallel();
        } else if (SCRIPT_BLOCK_SET.equals(parameterSetName())) {
            Object dollarUnder = inputObject == AutomationNull.VALUE ? null : inputObject;
            for (ScriptCallable script : processScripts) {
                if (script != null) {
                    run(script, dollarUnder);
                }
            }
        } else {
            processMember();
        }
    }

    @Override
    protected void endProcessing() {
        if (PARALLEL_SET.equals(parameterSetName())) {
            endParallel();
        } else if (endScript != null) {
            run(endScript, null);
        }
    }

    @Override
    protected void stopProcessing() {
        if (tasks != null) {
            tasks.stop();
        }
    }

    private void beginParallel() {
        CommonParameters common = commonParameters();
        if (common.errorAction() != null || common.warningAction() != null || common.informationAction() != null
                || common.progressAction() != null || common.pipelineVariable() != null) {
            throw throwTerminatingError(errorRecord("The following common parameters are not currently supported in "
                    + "the Parallel parameter set:\nErrorAction, WarningAction, InformationAction, PipelineVariable",
                    "ParallelCommonParametersNotSupported", ErrorCategory.NotImplemented, null,
                    "PSNotSupportedException"));
        }
        checkThreadAccess();
        Map<String, Object> usingValues;
        try {
            usingValues = UsingExpressions.collect(parallel, sessionState());
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
        for (Object value : usingValues.values()) {
            if (PSObject.base(value) instanceof ScriptBlock) {
                throw throwTerminatingError(errorRecord("A ForEach-Object -Parallel using variable cannot be a script "
                        + "block. Passed-in script block variables are not supported with ForEach-Object -Parallel, "
                        + "and can result in undefined behavior.", "ParallelUsingVariableCannotBeScriptBlock",
                        ErrorCategory.InvalidType, null, "PSArgumentException"));
            }
        }
        if (asJob && boundParameters().containsKey("TimeoutSeconds")) {
            throw throwTerminatingError(errorRecord("The 'TimeoutSeconds' parameter cannot be used with the 'AsJob' "
                    + "parameter.", "ParallelCannotUseTimeoutWithJob", ErrorCategory.InvalidOperation, null,
                    "PSArgumentException"));
        }
        task = new ForEachParallel.Task(parallel.toString(), usingValues, sessionState().location(), throttleLimit,
                useNewRunspace);
        if (!asJob) {
            tasks = ForEachParallel.start(this::openChildRunspace, task);
        }
    }

    private void processParallel() {
        if (PSObject.base(inputObject) instanceof ScriptBlock) {
            writeError(errorRecord("A ForEach-Object -Parallel piped input object cannot be a script block. Passed-in "
                    + "script block variables are not supported with ForEach-Object -Parallel, and can result in "
                    + "undefined behavior.", "ParallelPipedInputObjectCannotBeScriptBlock", ErrorCategory.InvalidType,
                    null, "PSArgumentException"));
            return;
        }
        Object dollarUnder = inputObject == AutomationNull.VALUE ? null : inputObject;
        if (asJob) {
            jobInput.add(dollarUnder);
        } else {
            tasks.add(dollarUnder, receiver);
        }
    }

    private void endParallel() {
        if (asJob) {
            writeObject(ForEachParallel.startJob(sessionState(), this::openChildRunspace, task, jobInput));
        } else {
            tasks.complete(receiver, timeoutSeconds);
            tasks = null;
        }
    }

    /** Runs a block in the caller's scope, as pwsh does, its output streaming downstream as it is written. */
    private void run(ScriptCallable script, Object dollarUnder) {
        script.invokeDotSourced(dollarUnder, new Object[0], output());
    }

    private void processMember() {
        boolean hasArguments = argumentList != null && argumentList.length > 0;
        if (LanguagePrimitives.isNull(inputObject)) {
            if (hasArguments) {
                writeError(argumentError("You cannot call a method on a null-valued expression.",
                        "InvokeMethodOnNull"));
            } else {
                writeObject(null);
            }
            return;
        }
        if (hasArguments) {
            callMethod(argumentList);
            return;
        }
        if (PSObject.base(inputObject) instanceof java.util.Map<?, ?> map && map.containsKey(memberName)) {
            writeUnrolled(map.get(memberName));
            return;
        }
        PSObject target = PSObject.asPSObject(inputObject);
        List<PSMemberInfo> members = MemberMatch.find(target, memberName);
        if (members.size() > 1) {
            writeError(argumentError("Input name \"" + memberName + "\" is ambiguous. It can be resolved to multiple "
                    + "matched members. Possible matches include:" + MemberMatch.names(members) + ".",
                    "AmbiguousPropertyOrMethodName"));
            return;
        }
        PSMemberInfo member = members.isEmpty() ? null : members.getFirst();
        if (member instanceof PSMethodInfo method) {
            try {
                writeUnrolled(invoke(method, target, new Object[0]));
            } catch (PSRuntimeException e) {
                if (e instanceof MethodException && "MethodCountCouldNotFindBest".equals(e.errorId())) {
                    // A method that needs arguments: its definitions, as $object.Method would show.
                    writeObject(method);
                } else {
                    writeError(errorRecord(e.getMessage(), "MethodInvocationError", ErrorCategory.InvalidOperation,
                            inputObject, e.exceptionTypeName()));
                }
            }
        } else if (member instanceof PSPropertyInfo property) {
            Object value;
            try {
                value = property.getValue(property instanceof PSProperty ? target.baseObject() : target);
            } catch (PSRuntimeException e) {
                value = null;
            }
            writeUnrolled(value);
        } else if (sessionState().currentScope().isStrictVersion(2)) {
            writeError(argumentError("The input name \"" + memberName + "\" cannot be resolved to a member.",
                    "PropertyOrMethodNotFound"));
        } else {
            writeObject(null);
        }
    }

    private void callMethod(Object[] arguments) {
        PSObject target = PSObject.asPSObject(inputObject);
        List<PSMemberInfo> methods = new ArrayList<>();
        for (PSMemberInfo m : MemberMatch.find(target, memberName)) {
            if (m instanceof PSMethodInfo) {
                methods.add(m);
            }
        }
        if (methods.size() > 1) {
            writeError(argumentError("Input name \"" + memberName + "\" is ambiguous. It can be resolved to multiple "
                    + "matched methods. Possible matches include:" + MemberMatch.names(methods) + ".",
                    "AmbiguousMethodName"));
        } else if (methods.isEmpty()) {
            writeError(argumentError("Input name \"" + memberName + "\" cannot be resolved to a method.",
                    "MethodNotFound"));
        } else {
            try {
                writeUnrolled(invoke((PSMethodInfo) methods.getFirst(), target, arguments));
            } catch (PSRuntimeException e) {
                writeError(errorRecord(e.getMessage(), "MethodInvocationError", ErrorCategory.InvalidOperation,
                        inputObject, e.exceptionTypeName()));
            }
        }
    }

    /** Script methods get the PSObject as $this; adapted methods the base object. */
    private static Object invoke(PSMethodInfo method, PSObject target, Object[] arguments) {
        return method.invoke(method instanceof PSScriptMethod ? target : target.baseObject(), arguments);
    }

    private void writeUnrolled(Object value) {
        if (value == AutomationNull.VALUE) {
            return;
        }
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            writeObject(value);
            return;
        }
        for (Object element : elements) {
            if (element != AutomationNull.VALUE) {
                writeObject(element);
            }
        }
    }

    private ErrorRecord argumentError(String message, String errorId) {
        return errorRecord(message, errorId, ErrorCategory.InvalidArgument, inputObject, "PSArgumentException");
    }
}
