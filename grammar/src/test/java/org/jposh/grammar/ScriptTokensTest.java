package org.jposh.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jposh.grammar.ScriptTokens.Kind;
import org.jposh.grammar.ast.ScriptSource;
import org.junit.jupiter.api.Test;

class ScriptTokensTest {
    /** Each span as {@code KIND:text}. */
    private static List<String> spans(String script) {
        return ScriptTokens.of(script).stream()
                .map(s -> s.kind() + ":" + script.substring(s.start(), s.end())).toList();
    }

    @Test
    void commandsParametersAndArguments() {
        assertEquals(List.of("COMMAND:Get-ChildItem", "PARAMETER:-Path", "STRING:'a b'", "OPERATOR:|",
                        "COMMAND:Select-Object", "NUMBER:3"),
                spans("Get-ChildItem -Path 'a b' | Select-Object 3"));
    }

    @Test
    void expressionsOperatorsVariablesMembersAndTypes() {
        assertEquals(List.of("VARIABLE:$x", "OPERATOR:=", "TYPE:int", "STRING:\"5\"", "OPERATOR:-eq",
                        "VARIABLE:$y", "OPERATOR:.", "MEMBER:Length"),
                spans("$x = [int]\"5\" -eq $y.Length"));
    }

    @Test
    void keywordsAndComments() {
        List<String> spans = spans("if ($a) { Write-Output 1 } # done\n<# block #> $b");
        // Brackets, braces and parentheses keep the default colour, as in PSReadLine.
        assertEquals(List.of("KEYWORD:if", "VARIABLE:$a", "COMMAND:Write-Output", "NUMBER:1", "COMMENT:# done",
                "COMMENT:<# block #>", "VARIABLE:$b"), spans);
    }

    @Test
    void anUnterminatedStringEndsTheSpans() {
        assertEquals(List.of("COMMAND:Write-Output"), spans("Write-Output 'abc"));
    }
    /** Each token of pwsh's list as {@code Kind:text}. */
    private static List<String> tokens(String script) {
        return ScriptTokens.tokens(new ScriptSource(null, script)).stream()
                .map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void tokensHavePowerShellKindsWithCommentsNewlinesAndEndOfInput() {
        assertEquals(List.of("Comment:# c", "NewLine:\n", "Variable:$a", "PlusEquals:+=", "Number:1", "Semi:;",
                        "Generic:Get-Item", "Parameter:-Path", "StringLiteral:'x'", "Pipe:|", "Generic:%",
                        "LCurly:{", "Variable:$_", "Ceq:-ceq", "Number:2", "RCurly:}", "EndOfInput:"),
                tokens("# c\n$a += 1; Get-Item -Path 'x' | % { $_ -ceq 2 }"));
    }

    @Test
    void keywordsAndBracketsOfEachKind() {
        assertEquals(List.of("If:if", "LParen:(", "Variable:$x", "Dot:.", "Identifier:Count", "RParen:)", "LCurly:{",
                        "LBracket:[", "Identifier:int", "RBracket:]", "ColonColon:::", "Identifier:Parse",
                        "LParen:(", "StringExpandable:\"1\"", "RParen:)", "RCurly:}", "ElseIf:elseif", "LParen:(",
                        "Variable:$y", "Isplit:-split", "StringLiteral:','", "RParen:)", "LCurly:{", "RCurly:}",
                        "EndOfInput:"),
                tokens("if ($x.Count) { [int]::Parse(\"1\") } elseif ($y -split ',') { }"));
    }

    @Test
    void anUnterminatedStringEndsTheTokens() {
        assertEquals(List.of("Generic:Write-Output", "EndOfInput:"), tokens("Write-Output 'abc"));
    }
}
