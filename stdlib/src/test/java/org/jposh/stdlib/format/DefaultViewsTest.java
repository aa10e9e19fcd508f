package org.jposh.stdlib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jposh.stdlib.utility.FileCmdletsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views of the registry as Out-Default and Format-* show them, with the layout of pwsh's
 * FileSystem.format.ps1xml (Unix), DotNetTypes.format.ps1xml and PowerShellCore.format.ps1xml.
 */
class DefaultViewsTest {
    @TempDir
    Path dir;

    private static final LocalDateTime WRITTEN = LocalDateTime.of(2024, 1, 5, 15, 4, 5);

    private Path item(Path path) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(WRITTEN.atZone(ZoneId.systemDefault()).toInstant()));
        return path;
    }

    /** One row of the Unix table: UnixMode (10, left), User (10, right), Group (10, left), LastWriteTime, Size, Name. */
    private static String row(String mode, String user, String group, String time, String size, String name) {
        return String.format("%-10s %10s %-10s %16s %12s %s%n", mode, user, group, time, size, name);
    }

    private static String row(Path path) throws IOException {
        PosixFileAttributes a = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return row((a.isDirectory() ? "d" : "-") + PosixFilePermissions.toString(a.permissions()), a.owner().getName(),
                a.group().getName(), "1/5/2024 15:04", Long.toString(a.size()), path.getFileName().toString());
    }

    @Test
    void childItemsAreATableGroupedByDirectory() throws IOException {
        Path file = item(Files.writeString(dir.resolve("a.txt"), "hello"));
        Path sub = item(Files.createDirectory(dir.resolve("sub")));
        String expected = "\n    Directory: " + dir + "\n\n"
                + row("UnixMode", "User", "Group", "LastWriteTime", "Size", "Name")
                + row("--------", "----", "-----", "-------------", "----", "----")
                + row(sub) + row(file) + "\n";
        assertEquals(expected, FileCmdletsTest.run("Get-ChildItem '" + dir + "'"));
    }

    @Test
    void aNewGroupStartsForEachDirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path inner = item(Files.writeString(sub.resolve("b.txt"), "hi"));
        item(sub);
        Path outer = item(Files.writeString(dir.resolve("a.txt"), "hello"));
        String header = row("UnixMode", "User", "Group", "LastWriteTime", "Size", "Name")
                + row("--------", "----", "-----", "-------------", "----", "----");
        String expected = "\n    Directory: " + dir + "\n\n" + header + row(sub) + row(outer) + "\n"
                + "    Directory: " + sub + "\n\n" + header + row(inner) + "\n";
        assertEquals(expected, FileCmdletsTest.run("Get-ChildItem '" + dir + "' -Recurse"));
    }

    @Test
    void formatWideShowsDirectoriesInBrackets() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "hello");
        Files.createDirectory(dir.resolve("sub"));
        assertEquals("\n    Directory: " + dir + "\n\n" + String.format("%-40s %s%n", "[sub]", "a.txt") + "\n",
                FileCmdletsTest.run("Get-ChildItem '" + dir + "' | Format-Wide | Out-String -Width 80 -Stream"));
    }

    @Test
    void dateTimeIsItsLongFormBetweenBlankLines() {
        assertEquals("\nFriday, January 5, 2024 3:04:05 PM\n\n",
                FileCmdletsTest.run("Get-Date -Date '2024-01-05 15:04:05'"));
    }

    @Test
    void timeSpanTableViewAndWideView() {
        assertEquals("\nDays Hours Minutes Seconds Milliseconds\n---- ----- ------- ------- ------------\n"
                        + "1    2     3       4       5\n\n",
                FileCmdletsTest.run("New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5 | Format-Table"));
        // Two columns of 20 and 19 cells: the first is padded and followed by the separator, the empty second is not.
        assertEquals("\n" + String.format("%-21s%n", "7200000") + "\n",
                FileCmdletsTest.run("New-TimeSpan -Hours 2 | Format-Wide | Out-String -Width 40 -Stream"));
    }

    @Test
    void anUnknownViewNameIsAnError() {
        assertEquals("\nFormat-Table : The view name Nope cannot be found. Specify one of the following "
                        + "System.TimeSpan views and try again: System.TimeSpan.\n"
                        + "At line:1 char:25\n"
                        + "+ New-TimeSpan -Hours 2 | Format-Table -View Nope\n"
                        + "+                         ~~~~~~~~~~~~~~~~~~~~~~~\n"
                        + "    + CategoryInfo          : InvalidArgument: (:) [Format-Table], NotSupportedException\n"
                        + "    + FullyQualifiedErrorId : FormatViewNotFound,Microsoft.PowerShell.Commands.FormatTableCommand\n",
                FileCmdletsTest.run("New-TimeSpan -Hours 2 | Format-Table -View Nope"));
    }
}
