package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cmdlet that reads or writes the file system whenever it runs (the item, content and
 * location cmdlets). It does not run in a context whose host denies file access
 * ({@code Context.Builder.allowIO(IOAccess.NONE)}): the command fails with FileSystemAccessDenied
 * before binding. A cmdlet that touches files only for some parameters calls
 * {@link PSCmdlet#checkFileSystemAccess()} before it opens one instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesFileSystem {
}
