package org.jposh.interpreter.commands;

import java.util.List;
import org.jposh.interpreter.runtime.Version;

/** A cmdlet known to the session: its name, module and implementing class, with metadata read on first use. */
public final class CmdletInfo implements CommandInfo {
    private final String name;
    private final Class<? extends PSCmdlet> implementingType;
    private final boolean usesFileSystem;
    private final String moduleName;
    private final Version moduleVersion;

    /**
     * @param moduleName the PowerShell module the cmdlet belongs to (Get-Command's Source)
     * @param moduleVersion that module's version
     */
    public CmdletInfo(Class<? extends PSCmdlet> implementingType, String moduleName, String moduleVersion) {
        Cmdlet cmdlet = implementingType.getAnnotation(Cmdlet.class);
        if (cmdlet == null) {
            throw new IllegalArgumentException(implementingType.getName() + " has no @Cmdlet annotation");
        }
        this.name = nameOf(cmdlet);
        this.implementingType = implementingType;
        this.usesFileSystem = implementingType.isAnnotationPresent(UsesFileSystem.class);
        this.moduleName = moduleName;
        this.moduleVersion = Version.parse(moduleVersion);
    }

    /** Whether the cmdlet always touches the file system ({@link UsesFileSystem}). */
    public boolean usesFileSystem() {
        return usesFileSystem;
    }

    /** The name a @Cmdlet gives: {@code Verb-Noun}, or the verb alone when the noun is empty. */
    static String nameOf(Cmdlet cmdlet) {
        return cmdlet.noun().isEmpty() ? cmdlet.verb() : cmdlet.verb() + "-" + cmdlet.noun();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CommandTypes commandType() {
        return CommandTypes.Cmdlet;
    }

    /** A cmdlet's definition is its syntax, one line per parameter set. */
    @Override
    public String definition() {
        return CommandSyntax.definition(name, metadataWithDynamicParameters());
    }

    @Override
    public CommandMetadata metadataWithDynamicParameters() {
        return DynamicParameters.class.isAssignableFrom(implementingType)
                ? DynamicParameterBinding.withDynamicParameters(this) : metadata();
    }

    @Override
    public CommandMetadata metadataForArguments(List<CommandArgument> arguments) {
        return DynamicParameters.class.isAssignableFrom(implementingType)
                ? CommandProcessor.metadataForArguments(this, arguments) : metadata();
    }

    @Override
    public String source() {
        return moduleName;
    }

    @Override
    public Version version() {
        return moduleVersion;
    }

    /** CommandInfo.ToString(): the name. */
    @Override
    public String toString() {
        return name;
    }

    public Class<? extends PSCmdlet> implementingType() {
        return implementingType;
    }

    @Override
    public CommandMetadata metadata() {
        return CommandMetadata.of(implementingType);
    }
}
