package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jposh.stdlib.utility.FileCmdletsTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export-Csv and Import-Csv on real files (Export-Csv.Tests.ps1, Import-Csv.Tests.ps1). */
class CsvFileCommandsTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesQuotedUtf8WithoutBom() throws IOException {
        Path file = dir.resolve("out.csv");
        run("ConvertFrom-Json '[{\"Name\":\"é\",\"N\":1},{\"Name\":\"b\",\"N\":2}]' | Export-Csv -Path '" + file + "'");
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals("\"Name\",\"N\"\n\"é\",\"1\"\n\"b\",\"2\"\n".getBytes(StandardCharsets.UTF_8), bytes);
        assertEquals("[{\"Name\":\"é\",\"N\":\"1\"},{\"Name\":\"b\",\"N\":\"2\"}]\n",
                run("Import-Csv '" + file + "' | ConvertTo-Json -Compress"));
    }

    @Test
    void importReadsRecords() throws IOException {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "\uFEFFa,b\r\n1,\"x\r\ny\"\r\n", StandardCharsets.UTF_8);
        assertEquals("[{\"a\":\"1\",\"b\":\"x\\r\\ny\"}]\n",
                run("Import-Csv -LiteralPath '" + file + "' | ConvertTo-Json -Compress -AsArray"));
    }

    @Test
    void appendUsesTheFileHeaderAndChecksColumns() throws IOException {
        Path file = dir.resolve("append.csv");
        Files.writeString(file, "\"N\",\"Name\"\n\"0\",\"z\"\n");
        run("ConvertFrom-Json '{\"Name\":\"a\",\"N\":1}' | Export-Csv '" + file + "' -Append");
        assertEquals("\"N\",\"Name\"\n\"0\",\"z\"\n\"1\",\"a\"\n", Files.readString(file));
        String error = run("ConvertFrom-Json '{\"Other\":1}' | Export-Csv '" + file + "' -Append");
        assertTrue(error.contains("CannotAppendCsvWithMismatchedPropertyNames,Microsoft.PowerShell.Commands.ExportCsvCommand"),
                error);
    }

    @Test
    void noClobberAndMissingFiles() throws IOException {
        Path file = dir.resolve("exists.csv");
        Files.writeString(file, "x");
        String clobber = run("ConvertFrom-Json '{\"a\":1}' | Export-Csv '" + file + "' -NoClobber");
        assertTrue(clobber.contains("The file '" + file + "' already exists."), clobber);
        assertTrue(clobber.contains("NoClobber,Microsoft.PowerShell.Commands.ExportCsvCommand"), clobber);
        String missing = run("Import-Csv '" + dir.resolve("missing.csv") + "'");
        assertTrue(missing.contains("Could not find file '" + dir.resolve("missing.csv") + "'."), missing);
        assertTrue(missing.contains("FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand"), missing);
    }
}
