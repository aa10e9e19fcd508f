package org.jposh.interpreter.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.SecureString;
import org.junit.jupiter.api.Test;

/** PromptForChoice and Prompt as the console host shows them, answered from the host's input. */
class StreamHostPromptTest {
    private static final List<ChoiceDescription> CHOICES = List.of(new ChoiceDescription("&Yes", "Do it."),
            new ChoiceDescription("Yes to &All", "Do them all."), new ChoiceDescription("&No", "Skip it."));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private StreamHost host(String input, int width) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new StreamHost(print, print, input == null ? null
                : new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false, width);
    }

    private String shown() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void labelsAndHotKeysAnswerInAnyCase() {
        assertEquals(1, host("yes to all\n", 0).promptForChoice("Caption", "Message", CHOICES, 0));
        assertEquals(2, host("N\n", 0).promptForChoice("Caption", "Message", CHOICES, 0));
        assertEquals(0, host(" y \n", 0).promptForChoice("", null, CHOICES, 0));
        assertEquals("""

                Caption
                Message
                [Y] Yes  [A] Yes to All  [N] No  [?] Help (default is "Y"): \
                
                Caption
                Message
                [Y] Yes  [A] Yes to All  [N] No  [?] Help (default is "Y"): \
                [Y] Yes  [A] Yes to All  [N] No  [?] Help (default is "Y"): \
                """, shown());
    }

    @Test
    void helpAndUnknownAnswersAskAgainAndEmptyTakesTheDefault() {
        assertEquals(2, host("?\nmaybe\n\n", 0).promptForChoice(null, null, CHOICES, 2));
        assertEquals("""
                [Y] Yes  [A] Yes to All  [N] No  [?] Help (default is "N"): Y - Do it.
                A - Do them all.
                N - Skip it.
                [Y] Yes  [A] Yes to All  [N] No  [?] Help (default is "N"): \
                [Y] Yes  [A] Yes to All  [N] No  [?] Help (default is "N"): \
                """, shown());
    }

    @Test
    void withoutADefaultAnEmptyAnswerAsksAgain() {
        assertEquals(0, host("\nyes\n", 0).promptForChoice(null, null, CHOICES, -1));
        assertEquals("[Y] Yes  [A] Yes to All  [N] No  [?] Help [Y] Yes  [A] Yes to All  [N] No  [?] Help ", shown());
    }

    @Test
    void choicesWrapAtTheHostsWidth() {
        host("y\n", 30).promptForChoice(null, null, CHOICES, 0);
        // pwsh's console host trims the part that starts a new line, and writes the next one right after it.
        assertEquals("[Y] Yes  [A] Yes to All  \n[N] No[?] Help \n(default is \"Y\"):", shown());
    }

    @Test
    void theInputEndingCancelsAndANonInteractiveHostCannotAsk() {
        HostException canceled = assertThrows(HostException.class,
                () -> host("", 0).promptForChoice("C", "M", CHOICES, 0));
        assertEquals("PromptForChoiceCanceled", canceled.errorId());
        assertEquals("The prompt was canceled.", canceled.getMessage());
        out.reset();
        HostException nonInteractive = assertThrows(HostException.class,
                () -> host(null, 0).promptForChoice("C", "M", CHOICES, 0));
        assertEquals("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                nonInteractive.getMessage());
        assertEquals("", shown(), "nothing is shown before a non-interactive host fails");
    }

    @Test
    void promptAsksEachFieldConvertingToItsType() {
        Map<String, Object> values = host("!?\nx\n12\n", 0).prompt("Caption", "Message", List.of(
                new FieldDescription("Name", "System.String", "Who it is"),
                new FieldDescription("Count", "System.Int32", "")));
        assertEquals(Map.of("Name", "x", "Count", 12), values);
        assertEquals("""

                Caption
                Message
                (Type !? for Help.)
                Name: Who it is
                Name: Count: \
                """, shown());
    }

    @Test
    void collectionsAreAskedElementByElementUntilAnEmptyLine() {
        Map<String, Object> values = host("1\nx\n2\n\n", 0).prompt(null, null, List.of(
                new FieldDescription("Numbers", "System.Int32[]", null)));
        assertArrayEquals(new Integer[] {1, 2}, (Object[]) values.get("Numbers"));
        assertEquals("Numbers[0]: Numbers[1]: Cannot recognize \"x\" as a System.Int32 due to a format error.\n"
                + "Numbers[1]: Numbers[2]: ", shown());
    }

    @Test
    void promptCommands() {
        Map<String, Object> values = host("!?\n!nope\n!!x\n!\"\"\n!$null\n", 0).prompt(null, null, List.of(
                new FieldDescription("A", "System.String", ""), new FieldDescription("B", "System.String", null),
                new FieldDescription("C", "System.Object", null)));
        assertEquals("!x", values.get("A"));
        assertEquals("", values.get("B"));
        assertTrue(values.containsKey("C"));
        assertNull(values.get("C"));
        assertEquals("A: No help is available for A.\nA: \"!nope\" cannot be recognized as a valid Prompt command.\n"
                + "A: B: C: ", shown());
    }

    @Test
    void secureStringsAndCredentials() {
        Map<String, Object> values = host("secret\nann\npw\n", 0).prompt(null, null, List.of(
                new FieldDescription("Key", "System.Security.SecureString", null),
                new FieldDescription("Credential", "System.Management.Automation.PSCredential", null)));
        assertEquals(6, ((SecureString) values.get("Key")).length());
        assertEquals("ann", ((PSCredential) values.get("Credential")).userName());
        assertEquals("Key: Credential\nUser: Password for user ann: \n", shown());
    }

    @Test
    void theInputEndingGivesNothing() {
        assertEquals(Map.of(), host("a\n", 0).prompt(null, null, List.of(new FieldDescription("A", "System.String",
                null), new FieldDescription("B", "System.String", null))));
        assertEquals("A: B: \n", shown());
        out.reset();
        assertThrows(HostException.class, () -> host(null, 0).prompt("C", "M",
                List.of(new FieldDescription("A", "System.String", null))));
        assertEquals("", shown());
    }
}
