package org.jposh.interpreter.commands;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The values of the common parameters every cmdlet and advanced function takes (-Verbose, -ErrorAction,
 * -OutVariable, ...) and of -WhatIf/-Confirm for commands that support ShouldProcess. A value is null
 * when the parameter was not given, so that {@code -Verbose:$false} and no -Verbose differ.
 */
public final class CommonParameters {
    private Boolean verbose;
    private Boolean debug;
    private ActionPreference errorAction;
    private ActionPreference warningAction;
    private ActionPreference informationAction;
    private ActionPreference progressAction;
    private String errorVariable;
    private String warningVariable;
    private String informationVariable;
    private String outVariable;
    private Integer outBuffer;
    private String pipelineVariable;
    private Boolean whatIf;
    private Boolean confirm;

    public Boolean verbose() {
        return verbose;
    }

    public Boolean debug() {
        return debug;
    }

    public ActionPreference errorAction() {
        return errorAction;
    }

    public ActionPreference warningAction() {
        return warningAction;
    }

    public ActionPreference informationAction() {
        return informationAction;
    }

    public ActionPreference progressAction() {
        return progressAction;
    }

    public String errorVariable() {
        return errorVariable;
    }

    public String warningVariable() {
        return warningVariable;
    }

    public String informationVariable() {
        return informationVariable;
    }

    public String outVariable() {
        return outVariable;
    }

    public Integer outBuffer() {
        return outBuffer;
    }

    public String pipelineVariable() {
        return pipelineVariable;
    }

    public Boolean whatIf() {
        return whatIf;
    }

    public Boolean confirm() {
        return confirm;
    }

    /** The common parameters in PowerShell's order (CommonParameters class); declared once, shared by every command. */
    private static final List<ParameterMetadata.Builder> COMMON_PARAMETERS = List.of(
            declare("Verbose", boolean.class, "vb"),
            declare("Debug", boolean.class, "db"),
            declare("ErrorAction", ActionPreference.class, "ea"),
            declare("WarningAction", ActionPreference.class, "wa"),
            declare("InformationAction", ActionPreference.class, "infa"),
            declare("ProgressAction", ActionPreference.class, "proga"),
            declare("ErrorVariable", String.class, "ev").validation(ParameterValidation.variableName()),
            declare("WarningVariable", String.class, "wv").validation(ParameterValidation.variableName()),
            declare("InformationVariable", String.class, "iv").validation(ParameterValidation.variableName()),
            declare("OutVariable", String.class, "ov").validation(ParameterValidation.variableName()),
            declare("OutBuffer", int.class, "ob").validation(ParameterValidation.range(0, Integer.MAX_VALUE)),
            declare("PipelineVariable", String.class, "pv").validation(ParameterValidation.variableName()));

    private static final List<ParameterMetadata.Builder> SHOULD_PROCESS_PARAMETERS = List.of(
            declare("WhatIf", boolean.class, "wi"), declare("Confirm", boolean.class, "cf"));

    static List<ParameterMetadata.Builder> commonParameters() {
        return COMMON_PARAMETERS;
    }

    /** -WhatIf and -Confirm, which commands supporting ShouldProcess add. */
    static List<ParameterMetadata.Builder> shouldProcessParameters() {
        return SHOULD_PROCESS_PARAMETERS;
    }

    private static ParameterMetadata.Builder declare(String name, Class<?> type, String alias) {
        String field = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Class<?> fieldType = CommonParameters.class.getDeclaredField(field).getType();
            MethodHandle getter = lookup.findGetter(CommonParameters.class, field, fieldType)
                    .asType(MethodType.methodType(Object.class, Object.class));
            MethodHandle setter = lookup.findSetter(CommonParameters.class, field, fieldType)
                    .asType(MethodType.methodType(void.class, Object.class, Object.class));
            return ParameterMetadata.builder(name, type).alias(alias)
                    .accessor(new ParameterMetadata.Accessor(getter, setter));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("common parameter " + name + " has no field", e);
        }
    }
}
