package org.jposh.interpreter.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jposh.interpreter.host.FieldDescription;
import org.jposh.interpreter.host.PSHost;
import org.junit.jupiter.api.function.Executable;

/** Drives the binder directly with command-line records, as the interpreter will. */
final class BinderTestSupport {
    private BinderTestSupport() {
    }

    static CommandArgument pos(Object value) {
        return CommandArgument.positional(value, null);
    }

    /** {@code -Name} alone. */
    static CommandArgument param(String name) {
        return CommandArgument.parameter(name, null);
    }

    /** {@code -Name:value}. */
    static CommandArgument named(String name, Object value) {
        return CommandArgument.named(name, value, null);
    }

    /** A cmdlet bound from a command line, and its binder. */
    record Bound<T extends PSCmdlet>(T cmdlet, ParameterBinder binder) {
        String parameterSetName() {
            return binder.parameterSetName();
        }

        Object value(String parameter) {
            return binder.boundParameters().get(parameter);
        }

        /** Binds a pipeline input object (what CommandProcessor.process does before processRecord). */
        void input(Object inputObject) {
            binder.bindPipelineObject(inputObject);
        }
    }

    static <T extends PSCmdlet> Bound<T> bind(Class<T> type, CommandArgument... arguments) {
        return bind(type, false, new TestServices(), arguments);
    }

    static <T extends PSCmdlet> Bound<T> bindWithInput(Class<T> type, CommandArgument... arguments) {
        return bind(type, true, new TestServices(), arguments);
    }

    static <T extends PSCmdlet> Bound<T> bind(Class<T> type, boolean expectingInput, BindingServices services,
                                              CommandArgument... arguments) {
        CommandMetadata metadata = CommandMetadata.of(type);
        T cmdlet = type.cast(metadata.newInstance());
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, 1, expectingInput),
                BindingTarget.fieldsOf(cmdlet), services);
        binder.bindCommandLine(List.of(arguments));
        return new Bound<>(cmdlet, binder);
    }

    /** Asserts the binding error's id and message; returns it for further checks. */
    static ParameterBindingException assertBindingError(String errorId, String message, Executable executable) {
        ParameterBindingException e = assertThrows(ParameterBindingException.class, executable);
        assertEquals(errorId, e.errorId(), () -> "error id; message was: " + e.getMessage());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        return e;
    }

    /** A function's parameters held as variables, as the interpreter's target will. */
    static final class VariableTarget implements BindingTarget {
        final Map<String, Object> variables = new LinkedHashMap<>();

        @Override
        public void setValue(ParameterMetadata parameter, Object value) {
            variables.put(parameter.name(), value);
        }

        @Override
        public Object getValue(ParameterMetadata parameter) {
            return variables.get(parameter.name());
        }
    }

    /** An object with properties, as [pscustomobject] (property names match case-insensitively). */
    static final class PropertyBag {
        final Map<String, Object> properties = new LinkedHashMap<>();

        static PropertyBag of(Object... namesAndValues) {
            PropertyBag bag = new PropertyBag();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                bag.properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return bag;
        }

        @Override
        public String toString() {
            return "@{" + properties + "}";
        }
    }

    /** Services with no host: property bags have properties, strings their Length; prompting as configured. */
    static class TestServices implements BindingServices {
        private final Map<String, Object> promptAnswers;
        final List<List<FieldDescription>> prompts = new ArrayList<>();
        final List<String> captions = new ArrayList<>();

        TestServices() {
            this(null);
        }

        /** @param promptAnswers what the user types when prompted, or null for a host that cannot prompt */
        TestServices(Map<String, Object> promptAnswers) {
            this.promptAnswers = promptAnswers;
        }

        @Override
        public PSHost host() {
            return null;
        }

        @Override
        public Object property(Object target, String name) {
            if (target instanceof PropertyBag bag) {
                for (Map.Entry<String, Object> entry : bag.properties.entrySet()) {
                    if (entry.getKey().equalsIgnoreCase(name)) {
                        return entry.getValue();
                    }
                }
            } else if (target instanceof String s && name.equalsIgnoreCase("Length")) {
                return s.length();
            }
            return NO_PROPERTY;
        }

        @Override
        public Map<String, Object> promptForMandatoryParameters(String caption, String message,
                                                               List<FieldDescription> fields) {
            if (promptAnswers == null) {
                return BindingServices.super.promptForMandatoryParameters(caption, message, fields);
            }
            captions.add(caption + "|" + message);
            prompts.add(fields);
            return promptAnswers;
        }
    }

    /** A script block whose body is a Java function of $_. */
    static final class TestScriptBlock implements BindableScriptBlock {
        private final String text;
        private final Function<Object, List<Object>> body;

        TestScriptBlock(String text, Function<Object, List<Object>> body) {
            this.text = text;
            this.body = body;
        }

        @Override
        public List<Object> invokeWithDollarUnder(Object dollarUnder) {
            return body.apply(dollarUnder);
        }

        @Override
        public List<Object> invokeWithArgument(Object argument) {
            return body.apply(argument);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
