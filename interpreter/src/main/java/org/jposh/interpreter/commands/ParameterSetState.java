package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.CommandMetadata.ALL_SETS;

import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Where parameter-set resolution stands for one invocation: the sets still possible (a bit mask,
 * {@link CommandMetadata#ALL_SETS} until something narrows it), the mask to restore before each
 * pipeline object, the set pipeline binding should try first, and the set name the command sees.
 */
final class ParameterSetState {
    /** The command's metadata, replaced when dynamic parameters join it. */
    CommandMetadata command;
    /** PowerShell's _currentParameterSetFlag. */
    int current = ALL_SETS;
    /** The mask after command-line binding, restored before each pipeline object. */
    int prePipeline = ALL_SETS;
    /** A set chosen while checking mandatory parameters that pipeline binding tries first; 0 for none. */
    int prioritized;
    /** $PSCmdlet.ParameterSetName. */
    String name = "";

    ParameterSetState(CommandMetadata command) {
        this.command = command;
    }

    /** How many sets a mask holds; the unnarrowed mask counts as one. */
    static int count(int flags) {
        return flags == ALL_SETS ? 1 : Integer.bitCount(flags);
    }

    /** Binding a parameter keeps only the sets it belongs to (parameters in all sets keep everything). */
    void narrow(ParameterMetadata parameter) {
        if (parameter.parameterSetFlags() != 0) {
            current &= parameter.parameterSetFlags();
        }
    }

    void updateName() {
        name = command.parameterSetName(current);
    }

    /** Drops sets; the unnarrowed mask first becomes the command's named sets. */
    void ignore(int sets) {
        if (sets == 0) {
            return;
        }
        current = (current == ALL_SETS ? command.allParameterSetFlags() : current) & ~sets;
    }

    ParameterBindingException ambiguous() {
        return ParameterBindingException.of(ErrorCategory.InvalidArgument, "AmbiguousParameterSet",
                ParameterBinderStrings.AMBIGUOUS_PARAMETER_SET, null);
    }
}
