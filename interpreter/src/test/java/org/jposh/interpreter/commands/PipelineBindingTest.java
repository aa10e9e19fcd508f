package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.bind;
import static org.jposh.interpreter.commands.BinderTestSupport.bindWithInput;
import static org.jposh.interpreter.commands.BinderTestSupport.named;
import static org.jposh.interpreter.commands.BinderTestSupport.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.BinderTestSupport.Bound;
import org.jposh.interpreter.commands.BinderTestSupport.PropertyBag;
import org.jposh.interpreter.commands.BinderTestSupport.TestScriptBlock;
import org.jposh.interpreter.commands.BinderTestSupport.TestServices;
import org.jposh.interpreter.commands.BinderTestSupport.VariableTarget;
import org.jposh.interpreter.commands.TestCmdlets.RenameItemCommand;
import org.jposh.interpreter.commands.TestCmdlets.SetPairCommand;
import org.jposh.interpreter.commands.TestCmdlets.TestNoInputCommand;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.junit.jupiter.api.Test;

/** Binding per pipeline object (binder.md section 6) and delay-bind script blocks (5.9). */
class PipelineBindingTest {
    private static final TestScriptBlock BAK = new TestScriptBlock(" $_.Name + '.bak' ",
            item -> List.of(((PropertyBag) item).properties.get("Name") + ".bak"));

    private static PropertyBag file(String name) {
        return PropertyBag.of("Name", name, "Path", "/tmp/" + name);
    }

    // binder.md 10: "Get-ChildItem | Rename-Item -NewName { $_.Name + '.bak' } -> delay-bind scriptblock evaluated per object"
    @Test
    void delayBindScriptBlockRunsForEachObject() {
        Bound<?> b = bindWithInput(RenameItemCommand.class, named("NewName", BAK));
        b.input(file("a.txt"));
        assertEquals("a.txt.bak", b.value("NewName"));
        assertEquals("/tmp/a.txt", b.value("Path"));
        b.input(file("b.txt"));
        assertEquals("b.txt.bak", b.value("NewName"));
        assertEquals("/tmp/b.txt", b.value("Path"));
    }

    @Test
    void delayBindScriptBlockNeedsInput() {
        ParameterBindingException e = assertBindingError("ScriptBlockArgumentNoInput", "Cannot evaluate parameter "
                        + "'NewName' because its argument is specified as a script block and there is no input. A script "
                        + "block cannot be evaluated without input.",
                () -> bind(RenameItemCommand.class, named("Path", "x"), named("NewName", BAK)));
        assertEquals(ErrorCategory.MetadataError, e.category());
    }

    @Test
    void delayBindScriptBlockMustProduceOutput() {
        Bound<?> b = bindWithInput(RenameItemCommand.class, named("NewName",
                new TestScriptBlock(" ", item -> List.of())));
        assertBindingError("ScriptBlockArgumentNoOutput", "Cannot evaluate parameter 'NewName' because its argument "
                + "input did not produce any output.", () -> b.input(file("a")));
        Bound<?> failing = bindWithInput(RenameItemCommand.class, named("NewName", new TestScriptBlock(" throw ",
                item -> {
                    throw new PSRuntimeException("RuntimeException", ErrorCategory.OperationStopped, "boom");
                })));
        assertBindingError("ScriptBlockArgumentInvocationFailed", "The input to the script block for parameter "
                + "'NewName' failed. boom", () -> failing.input(file("a")));
    }

    @Test
    void positionalScriptBlockForAPipelineParameterIsLeftOver() {
        assertBindingError("PositionalParameterNotFound", "A positional parameter cannot be found that accepts "
                + "argument ' $_.Name + '.bak' '.", () -> bindWithInput(RenameItemCommand.class, pos("p"), pos(BAK)));
    }

    @Test
    void objectMissingAMandatoryPropertyIsReportedAndSkipped() {
        Bound<?> b = bindWithInput(SetPairCommand.class);
        b.input(PropertyBag.of("Name", "a", "Value", 1));
        assertEquals("a", b.value("Name"));
        assertEquals(1, b.value("Value"));
        ParameterBindingException e = assertBindingError("InputObjectMissingMandatory", "The input object cannot be "
                + "bound because it did not contain the information required to bind all mandatory parameters:  Value",
                () -> b.input(PropertyBag.of("Key", "b")));
        assertEquals(ErrorCategory.InvalidArgument, e.category());
        b.input(PropertyBag.of("key", "c", "value", "3"));
        assertEquals("c", b.value("Name"));
        assertEquals(3, b.value("Value"));
    }

    @Test
    void commandLineValueIsNotReplacedByPipelineInput() {
        Bound<?> b = bindWithInput(SetPairCommand.class, named("Name", "fixed"));
        b.input(PropertyBag.of("Name", "piped", "Value", 2));
        assertEquals("fixed", b.value("Name"));
        assertEquals(2, b.value("Value"));
    }

    @Test
    void commandWithoutPipelineParametersBindsNoInput() {
        Bound<?> b = bindWithInput(TestNoInputCommand.class);
        assertBindingError("InputObjectNotBound", null, () -> b.input("x"));
        assertFalse(b.binder().boundParameters().containsKey("Name"));
    }

    @Test
    void unconvertiblePropertyLeavesTheParameterMissing() {
        Bound<?> b = bindWithInput(SetPairCommand.class);
        List<String> errors = new ArrayList<>();
        for (Object input : List.of(PropertyBag.of("Name", "a", "Value", "x"), PropertyBag.of("Name", "b", "Value", 5))) {
            try {
                b.input(input);
            } catch (ParameterBindingException e) {
                errors.add(e.errorId());
            }
        }
        assertEquals(List.of("InputObjectMissingMandatory"), errors);
        assertEquals("b", b.value("Name"));
    }

    private static ParameterBinder pipedFunction(CommandMetadata function) {
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(function, 2, true), new VariableTarget(),
                new TestServices());
        binder.bindCommandLine(List.of());
        return binder;
    }

    private static ParameterAttribute inSet(String set) {
        return ParameterAttribute.DEFAULT.withParameterSetName(set);
    }

    // Scenario 1 of the comments in PowerShell's GetMissingMandatoryParameters: Get-Date | Get-Cmdlet -> computer
    @Test
    void mandatoryPipelineParameterInAllSetsKeepsTheSetWithoutMissingParameters() {
        CommandMetadata function = CommandMetadata.builder("Get-Cmdlet")
                .parameter(ParameterMetadata.builder("Date", LocalDateTime.class)
                        .attribute(ParameterAttribute.DEFAULT.withMandatory(true).withValueFromPipeline(true)))
                .parameter(ParameterMetadata.builder("ComputerName", Object.class)
                        .attribute(inSet("computer")).attribute(inSet("session")))
                .parameter(ParameterMetadata.builder("TimeSpan", Duration.class)
                        .attribute(inSet("session").withMandatory(true).withValueFromPipeline(true))).build();
        ParameterBinder binder = pipedFunction(function);
        binder.bindPipelineObject(LocalDateTime.now());
        assertEquals("computer", binder.parameterSetName());
    }

    // Scenario 3 of the same comments: Get-Date | Get-Cmdlet -> session
    @Test
    void setChosenForPipelineInputIsTriedFirstThenTheOthers() {
        CommandMetadata function = CommandMetadata.builder("Get-Cmdlet")
                .parameter(ParameterMetadata.builder("network", Duration.class)
                        .attribute(inSet("network").withMandatory(true).withValueFromPipeline(true)))
                .parameter(ParameterMetadata.builder("ComputerName", String[].class)
                        .attribute(inSet("computer").withValueFromPipelineByPropertyName(true)))
                .parameter(ParameterMetadata.builder("DisableComputer", boolean.class)
                        .attribute(inSet("computer").withMandatory(true)))
                .parameter(ParameterMetadata.builder("Date", LocalDateTime.class)
                        .attribute(inSet("session").withValueFromPipeline(true))).build();
        ParameterBinder binder = pipedFunction(function);
        binder.bindPipelineObject(LocalDateTime.now());
        assertEquals("session", binder.parameterSetName());
    }

    // Scenario 2 of the same comments: Get-Date | Get-Cmdlet -> computer (the default set)
    @Test
    void defaultSetWithoutMissingParametersIsPreferred() {
        CommandMetadata function = CommandMetadata.builder("Get-Cmdlet").defaultParameterSetName("computer")
                .parameter(ParameterMetadata.builder("NewName", Object.class).attribute(inSet("new")))
                .parameter(ParameterMetadata.builder("Date", LocalDateTime.class)
                        .attribute(ParameterAttribute.DEFAULT.withMandatory(true).withValueFromPipeline(true)))
                .parameter(ParameterMetadata.builder("ComputerName", Object.class)
                        .attribute(inSet("computer")).attribute(inSet("session")))
                .parameter(ParameterMetadata.builder("TimeSpan", Duration.class)
                        .attribute(inSet("session").withMandatory(true).withValueFromPipeline(true))).build();
        ParameterBinder binder = pipedFunction(function);
        binder.bindPipelineObject(LocalDateTime.now());
        assertEquals("computer", binder.parameterSetName());
    }

    // Scenario 4 of the same comments: Get-Date | Get-Cmdlet -> server (the default set)
    @Test
    void defaultSetIsTriedFirstForAnAllSetsPipelineParameter() {
        CommandMetadata function = CommandMetadata.builder("Get-Cmdlet").defaultParameterSetName("server")
                .parameter(ParameterMetadata.builder("network", Duration.class)
                        .attribute(inSet("network").withMandatory(true).withValueFromPipeline(true)))
                .parameter(ParameterMetadata.builder("ComputerName", String[].class)
                        .attribute(inSet("computer").withValueFromPipelineByPropertyName(true)))
                .parameter(ParameterMetadata.builder("DisableComputer", boolean.class)
                        .attribute(inSet("computer").withMandatory(true)))
                .parameter(ParameterMetadata.builder("Param", String.class)
                        .attribute(inSet("session")).attribute(inSet("server")))
                .parameter(ParameterMetadata.builder("Date", LocalDateTime.class)
                        .attribute(ParameterAttribute.DEFAULT.withValueFromPipeline(true))).build();
        ParameterBinder binder = pipedFunction(function);
        binder.bindPipelineObject(LocalDateTime.now());
        assertEquals("server", binder.parameterSetName());
    }
}
