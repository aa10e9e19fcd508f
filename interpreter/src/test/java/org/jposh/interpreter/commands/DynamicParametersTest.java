package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.named;
import static org.jposh.interpreter.commands.BinderTestSupport.param;
import static org.jposh.interpreter.commands.BinderTestSupport.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.BinderTestSupport.TestServices;
import org.junit.jupiter.api.Test;

/**
 * Dynamic parameters in the binder (binder spec 1.7): asked for once the command's own parameters are
 * bound, then given the arguments still unbound by name and by position, in the sets still possible.
 */
class DynamicParametersTest {
    /** Get-Provided: -Provider (position 0) decides which dynamic parameters there are. */
    @Cmdlet(verb = "Get", noun = "Provided", defaultParameterSetName = "Path")
    static final class GetProvidedCommand extends PSCmdlet implements DynamicParameters {
        @Parameter(position = 0)
        private String provider;

        @Parameter(parameterSetName = "Path")
        private String path;

        @Parameter(parameterSetName = "Literal")
        private String literalPath;

        final FileParameters file = new FileParameters();
        final SetParameters literalOnly = new SetParameters();
        int asked;

        static final class FileParameters {
            @Parameter
            @Alias("af")
            private boolean file;

            @Parameter(position = 1)
            private Integer depth;
        }

        static final class SetParameters {
            @Parameter(parameterSetName = "Literal", mandatory = true)
            private String encoding;
        }

        @Override
        public Object getDynamicParameters() {
            asked++;
            return switch (provider == null ? "" : provider) {
                case "FileSystem" -> file;
                case "Literal" -> literalOnly;
                default -> null;
            };
        }
    }

    private static ParameterBinder bind(GetProvidedCommand cmdlet, BindingServices services,
                                        CommandArgument... arguments) {
        CommandMetadata metadata = CommandMetadata.of(GetProvidedCommand.class);
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, 1, false),
                BindingTarget.fieldsOf(cmdlet), services);
        binder.setDynamicParameterSource(cmdlet::getDynamicParameters);
        binder.bindCommandLine(List.of(arguments));
        return binder;
    }

    private static ParameterBinder bind(GetProvidedCommand cmdlet, CommandArgument... arguments) {
        return bind(cmdlet, new TestServices(), arguments);
    }

    @Test
    void theyAreAskedForAfterTheCommandsOwnAndBindByNameAliasAndPosition() {
        GetProvidedCommand cmdlet = new GetProvidedCommand();
        ParameterBinder binder = bind(cmdlet, pos("FileSystem"), param("af"), pos("3"));
        assertEquals(1, cmdlet.asked);
        assertTrue(cmdlet.file.file);
        assertEquals(3, cmdlet.file.depth);
        assertEquals(Map.of("Provider", "FileSystem", "File", true, "Depth", 3), binder.boundParameters());
        assertSame(ParameterMetadata.Association.DYNAMIC,
                binder.metadata().findParameter("Depth").association());
    }

    @Test
    void otherArgumentsDoNotHaveThem() {
        assertBindingError("NamedParameterNotFound", "A parameter cannot be found that matches parameter name 'File'.",
                () -> bind(new GetProvidedCommand(), pos("Registry"), param("File")));
        GetProvidedCommand none = new GetProvidedCommand();
        assertEquals(Map.of("Provider", "Registry"), bind(none, pos("Registry")).boundParameters());
        assertEquals(1, none.asked);
    }

    @Test
    void aDynamicParameterOfASetTheArgumentsExcludedIsAnError() {
        assertBindingError("ParameterNotInParameterSet", "Parameter 'Encoding' cannot be specified in parameter set "
                + "'Path'.", () -> bind(new GetProvidedCommand(), pos("Literal"), named("Path", "p"),
                named("Encoding", "utf8")));
        GetProvidedCommand literal = new GetProvidedCommand();
        ParameterBinder binder = bind(literal, pos("Literal"), named("LiteralPath", "p"), named("Encoding", "utf8"));
        assertEquals("Literal", binder.parameterSetName());
        assertEquals("utf8", literal.literalOnly.encoding);
    }

    @Test
    void theirMandatoryParametersAreChecked() {
        assertBindingError("MissingMandatoryParameter", null,
                () -> bind(new GetProvidedCommand(), pos("Literal"), named("LiteralPath", "p")));
    }

    @Test
    void defaultParameterValuesReachThem() {
        TestServices services = new TestServices() {
            @Override
            public Map<?, ?> defaultParameterValues() {
                return Map.of("Get-Provided:Depth", 7);
            }
        };
        GetProvidedCommand cmdlet = new GetProvidedCommand();
        bind(cmdlet, services, pos("FileSystem"));
        assertEquals(7, cmdlet.file.depth);
        assertFalse(cmdlet.file.file);
    }
}
