package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Set-Variable: sets variables of the current scope (or the -Scope one), creating them when absent;
 * a name with wildcards changes the existing variables it matches. Pipeline input becomes the value,
 * several objects an array. Read-only variables change only with -Force, constant ones never.
 */
@Cmdlet(verb = "Set", noun = "Variable")
public final class SetVariableCommand extends VariableCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter(position = 1, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @AllowNull
    private Object value;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private String description;

    @Parameter
    private ScopedItemOptions[] option;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Parameter
    private String scope;

    private final List<Object> input = new ArrayList<>();
    private boolean valueGiven;

    @Override
    protected void beginProcessing() {
        valueGiven = boundParameters().containsKey("Value");
    }

    @Override
    protected void processRecord() {
        if (myInvocation().expectingInput()) {
            input.add(value);
        } else {
            set(value);
        }
    }

    @Override
    protected void endProcessing() {
        if (myInvocation().expectingInput()) {
            set(input.isEmpty() ? null : input.size() == 1 ? input.getFirst() : input.toArray());
        }
    }

    private void set(Object newValue) {
        SessionStateScope target = scope(scope);
        for (String pattern : name) {
            if (WildcardPattern.containsWildcardCharacters(pattern)) {
                for (Found found : matching(pattern, scope == null ? "0" : scope, include, exclude)) {
                    update(found.variable(), newValue);
                }
                continue;
            }
            PSVariable variable = target.getLocalVariable(pattern);
            if (variable == null) {
                variable = new PSVariable(pattern, newValue);
                target.setVariable(variable);
                applyOptions(variable);
                output(variable);
            } else {
                update(variable, newValue);
            }
        }
    }

    private void update(PSVariable variable, Object newValue) {
        if (variable.isConstant() || (variable.isReadOnly() && !force)) {
            writeNotWritable(variable.getName());
            return;
        }
        try {
            if (valueGiven || myInvocation().expectingInput()) {
                variable.forceValue(newValue);
            }
        } catch (PSRuntimeException e) {
            writeError(errorRecord(e, variable.getName()));
            return;
        }
        applyOptions(variable);
        output(variable);
    }

    private void applyOptions(PSVariable variable) {
        if (description != null) {
            variable.setDescription(description);
        }
        if (option != null) {
            for (ScopedItemOptions o : option) {
                variable.addOption(o);
            }
        }
    }

    private void output(PSVariable variable) {
        if (passThru) {
            writeObject(variable);
        }
    }
}
