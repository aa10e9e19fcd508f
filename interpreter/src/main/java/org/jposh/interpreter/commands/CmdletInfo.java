package org.jposh.interpreter.commands;

/** A cmdlet known to the session: its name and implementing class, with metadata read on first use. */
public final class CmdletInfo implements CommandInfo {
    private final String name;
    private final Class<? extends PSCmdlet> implementingType;
    private final boolean usesFileSystem;

    public CmdletInfo(Class<? extends PSCmdlet> implementingType) {
        Cmdlet cmdlet = implementingType.getAnnotation(Cmdlet.class);
        if (cmdlet == null) {
            throw new IllegalArgumentException(implementingType.getName() + " has no @Cmdlet annotation");
        }
        this.name = nameOf(cmdlet);
        this.implementingType = implementingType;
        this.usesFileSystem = implementingType.isAnnotationPresent(UsesFileSystem.class);
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

    public Class<? extends PSCmdlet> implementingType() {
        return implementingType;
    }

    public CommandMetadata metadata() {
        return CommandMetadata.of(implementingType);
    }
}
