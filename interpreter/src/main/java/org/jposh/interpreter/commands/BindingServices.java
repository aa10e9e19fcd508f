package org.jposh.interpreter.commands;

import java.util.List;
import java.util.Map;
import org.jposh.interpreter.host.FieldDescription;
import org.jposh.interpreter.host.PSHost;

/**
 * What the binder needs from the session a command runs in: the host (for transformations that ask
 * the user, such as [Credential()]), the properties of pipeline objects (for ValueFromPipelineByPropertyName),
 * and prompting for missing mandatory parameters. The interpreter provides it; tests provide their own.
 */
public interface BindingServices {
    /** What {@link #property} returns when the object has no property of that name. */
    Object NO_PROPERTY = new Object() {
        @Override
        public String toString() {
            return "<no property>";
        }
    };

    /** The host, or null when there is none (transformations that need one then fail). */
    PSHost host();

    /**
     * The value of the pipeline object's property called {@code name} (matched case-insensitively, as
     * PSObject.Properties), or {@link #NO_PROPERTY}.
     */
    Object property(Object target, String name);

    /**
     * Asks the user for the missing mandatory parameters (PSHostUserInterface.Prompt): the values
     * entered by parameter name, empty when the user gave none.
     *
     * @throws UnsupportedOperationException when the host cannot prompt (non-interactive sessions)
     */
    default Map<String, Object> promptForMandatoryParameters(String caption, String message,
                                                            List<FieldDescription> fields) {
        throw new UnsupportedOperationException("the host cannot prompt");
    }

    /** The caller's $PSDefaultParameterValues, or null when it has none. */
    default Map<?, ?> defaultParameterValues() {
        return null;
    }

    /** The names of the aliases of the command named, which $PSDefaultParameterValues keys may use. */
    default List<String> aliasesOf(String commandName) {
        return List.of();
    }

    /**
     * Writes a warning of the command being bound ($PSDefaultParameterValues problems), as its warning action
     * says: the {@code common} parameters bound so far, else $WarningPreference.
     */
    default void writeWarning(String message, CommonParameters common) {
    }
}
