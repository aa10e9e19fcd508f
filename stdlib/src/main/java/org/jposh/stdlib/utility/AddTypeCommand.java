package org.jposh.stdlib.utility;

import java.util.Set;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.Assembly;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Add-Type. The .NET types JPosh provides are there from the start, so loading an assembly by name succeeds, as in
 * pwsh on Linux, for the assemblies of .NET's shared framework and of pwsh itself (whether JPosh has the types a
 * script then uses is decided where it uses them); the Windows desktop assemblies (Windows Forms, WPF), which pwsh
 * on Linux cannot load either, fail with pwsh's ErrorLoadingAssembly. Compiling C# or Visual Basic source and
 * loading .NET assembly files cannot be done on the JVM: those parameter sets stop with a NotSupported error.
 */
@Cmdlet(verb = "Add", noun = "Type", defaultParameterSetName = AddTypeCommand.FROM_SOURCE)
public final class AddTypeCommand extends PSCmdlet {
    static final String FROM_SOURCE = "FromSource";
    private static final String FROM_MEMBER = "FromMember";
    private static final String FROM_PATH = "FromPath";
    private static final String FROM_LITERAL_PATH = "FromLiteralPath";
    private static final String FROM_ASSEMBLY_NAME = "FromAssemblyName";

    private static final Set<String> SOURCE_SETS = Set.of(FROM_SOURCE, FROM_MEMBER, FROM_PATH, FROM_LITERAL_PATH);

    @Parameter(mandatory = true, position = 0, parameterSetName = FROM_SOURCE)
    private String typeDefinition;

    @Parameter(mandatory = true, position = 0, parameterSetName = FROM_MEMBER)
    private String name;

    @Parameter(mandatory = true, position = 1, parameterSetName = FROM_MEMBER)
    private String[] memberDefinition;

    @Parameter(parameterSetName = FROM_MEMBER)
    @Alias("NS")
    private String namespace;

    @Parameter(parameterSetName = FROM_MEMBER)
    @Alias("Using")
    private String[] usingNamespace;

    @Parameter(mandatory = true, position = 0, parameterSetName = FROM_PATH)
    private String[] path;

    @Parameter(mandatory = true, parameterSetName = FROM_LITERAL_PATH)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(mandatory = true, parameterSetName = FROM_ASSEMBLY_NAME)
    @Alias("AN")
    private String[] assemblyName;

    @Parameter(parameterSetName = FROM_SOURCE)
    @Parameter(parameterSetName = FROM_MEMBER)
    private String language;

    @Parameter(parameterSetName = FROM_SOURCE)
    @Parameter(parameterSetName = FROM_MEMBER)
    @Parameter(parameterSetName = FROM_PATH)
    @Parameter(parameterSetName = FROM_LITERAL_PATH)
    @Alias("RA")
    private String[] referencedAssemblies;

    @Parameter(parameterSetName = FROM_SOURCE)
    @Parameter(parameterSetName = FROM_MEMBER)
    @Parameter(parameterSetName = FROM_PATH)
    @Parameter(parameterSetName = FROM_LITERAL_PATH)
    @Alias("OA")
    private String outputAssembly;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean ignoreWarnings;

    @Override
    protected void endProcessing() {
        if (SOURCE_SETS.contains(parameterSetName())) {
            throw throwTerminatingError(errorRecord("Cannot add type. Compiling C# or Visual Basic source and loading "
                    + ".NET assembly files are not supported by JPosh, which runs on the JVM.", "AddTypeNotSupported",
                    ErrorCategory.NotImplemented, null, "PSNotSupportedException"));
        }
        if (passThru) {
            throw throwTerminatingError(errorRecord("Cannot add type. -PassThru with -AssemblyName is not supported by "
                    + "JPosh: its .NET types are not grouped in assemblies.", "AddTypeNotSupported",
                    ErrorCategory.NotImplemented, null, "PSNotSupportedException"));
        }
        for (String assembly : assemblyName) {
            if (!Assembly.isLoadable(assembly)) {
                throw throwTerminatingError(errorRecord("Cannot load assembly '" + assembly + "'.",
                        "ErrorLoadingAssembly", ErrorCategory.InvalidOperation, assembly, "Exception"));
            }
        }
    }
}
