package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion against a live session, without a terminal. */
class CommandCompletionTest {
    private static InteractiveSession session;
    @TempDir
    static Path dir;

    @BeforeAll
    static void open() throws Exception {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        session = new InteractiveSession(new ConsoleHost(out, out, false, 0));
        Files.createDirectory(dir.resolve("sub dir"));
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.writeString(dir.resolve("nothing.ps1"), "x");
        session.execute("Set-Location '" + dir + "'");
        session.execute("$greeting = 'hello'");
        session.execute("$point = [pscustomobject]@{ X = 1; Y = 2 }");
        session.execute("function Deploy-Site { param([ValidateSet('test', 'prod')]$Stage, $Version) }");
        session.execute("""
                function Get-Fruit {
                    [CmdletBinding()]
                    param([Parameter(Position = 0)][string]$Kind)
                    dynamicparam {
                        $parameters = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
                        $name = if ($Kind -eq 'apple') { 'Variety' } elseif ($PSBoundParameters.ContainsKey('Kind')) { 'Origin' } else { return }
                        $attributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
                        $attributes.Add([System.Management.Automation.ParameterAttribute]::new())
                        $attributes.Add([System.Management.Automation.ValidateSetAttribute]::new('Gala', 'Fuji'))
                        $parameters.Add($name, [System.Management.Automation.RuntimeDefinedParameter]::new($name, [string], $attributes))
                        $parameters
                    }
                }
                """);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static CommandCompletion complete(String line) {
        return session.complete(line, line.length());
    }

    private static List<String> texts(String line) {
        return complete(line).matches().stream().map(CommandCompletion.CompletionResult::completionText).toList();
    }

    @Test
    void functionsAndAliasesCompleteWithTheirParameters() {
        assertEquals(List.of("Deploy-Site"), texts("deploy-"));
        assertTrue(texts("gc").containsAll(List.of("gci", "gcm")), texts("gc").toString());
        assertEquals(List.of("-Stage"), texts("Deploy-Site -St"));
        assertEquals(List.of("test", "prod"), texts("Deploy-Site -Stage "));
        assertTrue(texts("gci -Rec").contains("-Recurse"), texts("gci -Rec").toString());
    }

    @Test
    void registeredCompletersOfferValuesForParametersAndNativeCommands() {
        session.execute("""
                Register-ArgumentCompleter -CommandName Deploy-Site -ParameterName Version -ScriptBlock {
                    param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
                    '1.0', '1.1', '2.0' | Where-Object { $_ -like "$wordToComplete*" } |
                        ForEach-Object { "$_" }
                    [System.Management.Automation.CompletionResult]::new('3.0', "$commandName/$parameterName",
                        'ParameterValue', 'the next one')
                }
                Register-ArgumentCompleter -Native -CommandName fakegit -ScriptBlock {
                    param($wordToComplete, $commandAst, $cursorPosition)
                    $typed = $commandAst.ToString().Substring(0, $cursorPosition - $commandAst.Extent.StartOffset)
                    'checkout', 'cherry-pick', 'commit' | Where-Object { $_ -like "$wordToComplete*" } |
                        ForEach-Object { "$_ [$typed]" }
                }
                """);
        assertEquals(List.of("1.0", "1.1", "3.0"), texts("Deploy-Site -Version 1"));
        assertEquals("Deploy-Site/Version", complete("Deploy-Site -Version ").matches().getLast().listItemText());
        assertEquals(List.of("checkout [fakegit ch]", "cherry-pick [fakegit ch]"),
                texts("echo 1; fakegit ch"));
        assertEquals(List.of("test", "prod"), texts("Deploy-Site -Stage "), "the other parameters keep theirs");
        session.execute("Register-ArgumentCompleter -CommandName Deploy-Site -ParameterName Version -ScriptBlock $null");
        assertEquals(List.of(), texts("Deploy-Site -Version 1"));
    }

    @Test
    void commandNamesFromTheCommandTable() {
        CommandCompletion c = complete("get-chi");
        assertEquals(List.of("Get-ChildItem"), texts("get-chi"));
        assertEquals(0, c.replacementIndex());
        assertEquals(7, c.replacementLength());
        assertTrue(texts("Get-").containsAll(List.of("Get-Date", "Get-History", "Get-Location")));
        assertEquals(List.of("Write-Output"), texts("'a' | Write-Ou"));
        assertEquals(List.of("Get-Date"), texts("$now = Get-Da"));
    }

    @Test
    void parameterNamesOfTheCommandBeingTyped() {
        assertEquals(List.of("-ForegroundColor"), texts("Write-Host hi -Fore"));
        List<String> all = texts("Get-ChildItem -");
        assertTrue(all.containsAll(List.of("-Path", "-LiteralPath", "-Recurse", "-ErrorAction")), all.toString());
        assertEquals("-Path", all.getFirst());
    }

    @Test
    void parametersOfOtherParameterSetsAndBoundOnesAreLeftOut() {
        List<String> afterLiteral = texts("Get-ChildItem -LiteralPath x -");
        assertFalse(afterLiteral.contains("-Path"), afterLiteral.toString());
        assertFalse(afterLiteral.contains("-LiteralPath"), afterLiteral.toString());
        assertTrue(afterLiteral.contains("-Recurse"), afterLiteral.toString());
        assertEquals(List.of(), texts("Get-Date -Format x -Form"));
    }

    @Test
    void dynamicParametersOfTheArgumentsTypedSoFar() {
        assertEquals(List.of(), texts("Get-Fruit -Var"));
        assertEquals(List.of("-Variety"), texts("Get-Fruit -Kind apple -Var"));
        assertEquals(List.of("-Variety"), texts("Get-Fruit apple -Var"));
        assertEquals(List.of("-Origin"), texts("Get-Fruit -Kind pear -Or"));
        assertEquals(List.of("Gala", "Fuji"), texts("Get-Fruit apple -Variety "));
        List<String> fileSystem = texts("Get-ChildItem -");
        assertTrue(fileSystem.containsAll(List.of("-File", "-Directory", "-Attributes", "-FollowSymlink")),
                fileSystem.toString());
        assertEquals(List.of("-Directory"), texts("Get-ChildItem -File -Di"));
        assertEquals(List.of(), texts("Get-ChildItem Env: -Fi").stream().filter(t -> t.equals("-File")).toList());
        assertEquals(List.of(), texts("Get-ChildItem -Path Variable: -Dire"));
    }

    @Test
    void validateSetAndEnumValuesAfterTheirParameter() {
        assertEquals(List.of("DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "DarkGray"),
                texts("Write-Host hi -ForegroundColor dark"));
        assertEquals(List.of("Container"), texts("Test-Path . -PathType c"));
    }

    @Test
    void variablesAfterDollar() {
        CommandCompletion c = complete("Write-Output $gre");
        assertEquals(List.of("$greeting"), texts("Write-Output $gre"));
        assertEquals(13, c.replacementIndex());
        assertEquals(List.of("@greeting"), texts("Write-Output @gre"));
        assertTrue(texts("$env:PA").contains("$env:PATH"), texts("$env:PA").toString());
    }

    @Test
    void membersOfAVariablesCurrentValue() {
        assertEquals(List.of("Length"), texts("$greeting.Len"));
        assertEquals(List.of("ToUpper(", "ToUpperInvariant("), texts("$greeting.ToUp"));
        assertEquals(List.of("X"), texts("$point.x"));
        // property accessors are callable but not offered, as in pwsh
        assertEquals(List.of(), texts("$greeting.get_"));
        CommandCompletion c = complete("$greeting.Len");
        assertEquals(10, c.replacementIndex());
    }

    @Test
    void staticMembersOfATypeLiteral() {
        List<String> math = texts("[math]::Ro");
        assertEquals(List.of("Round("), math);
        assertTrue(texts("[int]::").contains("MaxValue"), texts("[int]::").toString());
    }

    @Test
    void typeNamesAfterABracket() {
        List<String> types = texts("[hash");
        assertEquals(List.of("hashtable"), types);
        assertTrue(texts("$x = [str").contains("string"), texts("$x = [str").toString());
    }

    @Test
    void pathsRelativeToTheSessionLocationQuotedWhenTheyHoldSpaces() {
        assertEquals(List.of("./notes.txt", "./nothing.ps1"), texts("Get-Content no"));
        assertEquals(List.of("'./sub dir/'"), texts("Get-ChildItem su"));
        assertEquals(List.of("./nothing.ps1"), texts("./noth"));
        assertEquals(List.of("./notes.txt"), texts("Get-Content -Path ./note"));
    }
}
