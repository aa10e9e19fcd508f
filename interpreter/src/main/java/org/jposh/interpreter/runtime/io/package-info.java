/**
 * System.IO's streams, readers and writers on Java (FileStream over a FileChannel, StreamReader and
 * StreamWriter over any Stream with .NET's encodings), and the file operations that File, Directory,
 * FileInfo and DirectoryInfo share ({@link org.jposh.interpreter.runtime.io.FileOperations}), all with
 * .NET's exceptions and messages.
 */
package org.jposh.interpreter.runtime.io;
