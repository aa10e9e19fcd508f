package org.jposh.interpreter.commands;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.SessionState;

/**
 * Finds the file a path on one of the session's FileSystem drives names ({@code TestDrive:\x.ps1},
 * {@code X:/lib/y.psm1} after New-PSDrive), for the paths the engine itself resolves: commands, modules, jobs'
 * folders. The library that implements the FileSystem provider and its drives (the standard library) sets one on
 * each session ({@link SessionState#setDrivePathResolver}).
 */
public interface DrivePathResolver {
    /** The file, or null when the path names no FileSystem drive of the session. */
    Path resolve(SessionState session, String path);
}
