package org.jposh.interpreter.commands;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.Version;

/** An executable file run as a command, found on $env:PATH or given by path (PowerShell's ApplicationInfo). */
public record ApplicationInfo(String name, Path path) implements CommandInfo {
    @Override
    public CommandTypes commandType() {
        return CommandTypes.Application;
    }

    @Override
    public String definition() {
        return path.toString();
    }

    @Override
    public String source() {
        return path.toString();
    }

    /** pwsh reads the version from the file's version resource, which ELF files do not have. */
    @Override
    public Version version() {
        return new Version(0, 0, 0, 0);
    }

    /** CommandInfo.ToString(): the name. */
    @Override
    public String toString() {
        return name();
    }
}
