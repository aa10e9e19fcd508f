package org.jposh.interpreter.commands;

/**
 * Turns a parameter's argument into what the parameter takes before type coercion, as PowerShell's
 * ArgumentTransformationAttribute: [Credential()] makes a PSCredential of a user name, for instance.
 * Any exception it throws becomes ParameterArgumentTransformationError with the exception's message.
 */
public interface ArgumentTransformation {
    Object transform(BindingServices services, Object inputData);

    /**
     * Whether the transformation also runs on $null for an optional parameter; [Credential()] says no,
     * so that leaving an optional credential out does not prompt.
     */
    default boolean transformNullOptionalParameters() {
        return true;
    }
}
