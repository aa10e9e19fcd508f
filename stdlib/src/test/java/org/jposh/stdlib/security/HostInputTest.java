package org.jposh.stdlib.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/**
 * Read-Host and Get-Credential reading the context's standard input, as {@code echo x | jposh -c Read-Host}
 * does, and failing as pwsh -NonInteractive does when the session may not read (posh.NonInteractive).
 */
class HostInputTest {
    private record Result(String out, String err) {
    }

    private static Result run(String script, String input, boolean nonInteractive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("posh").out(out).err(err)
                .in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .option("engine.WarnInterpreterOnly", "false")
                .option("posh.HostOutput", "true")
                .option("posh.NonInteractive", Boolean.toString(nonInteractive)).build()) {
            context.eval("posh", script);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readHostReadsLinesOfStandardInput() {
        Result r = run("$a = Read-Host; $b = Read-Host -Prompt 'Your', 'name'; \"[$a] [$b]\"; "
                + "$null -eq (Read-Host)", "first\r\nsécond\n", false);
        assertEquals("Your name: [first] [sécond]\nTrue\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void readHostAsSecureStringAndMaskInput() {
        Result r = run("$s = Read-Host -AsSecureString; $s; ConvertFrom-SecureString $s -AsPlainText; "
                + "Read-Host -MaskInput -Prompt Pin", "hidden\n1234\n", false);
        assertEquals("System.Security.SecureString\nhidden\nPin: 1234\n", r.out());
    }

    @Test
    void getCredentialPromptsForUserAndPassword() {
        Result r = run("$c = Get-Credential; $c.UserName; $c.GetNetworkCredential().Password; "
                + "(Get-Credential -UserName ann -Message 'For the server').GetNetworkCredential().Password",
                "bob\nsecret\npw2\n", false);
        assertEquals("\nPowerShell credential request\nEnter your credentials.\nUser: Password for user bob: \n"
                + "bob\nsecret\n\nPowerShell credential request\nFor the server\nPassword for user ann: \npw2\n",
                r.out());
    }

    @Test
    void credentialAttributePromptsForTheUserNameGiven() {
        Result r = run("function f { param([pscredential][Credential()]$Credential) $Credential.UserName + '/' + "
                + "$Credential.GetNetworkCredential().Password }; f -Credential joe", "pw\n", false);
        assertEquals("\nPowerShell credential request\nEnter your credentials.\nPassword for user joe: \njoe/pw\n",
                r.out());
    }

    @Test
    void nonInteractiveSessionsCannotRead() {
        Result r = run("Read-Host; 'after'", "ignored\n", true);
        assertEquals("after\n", r.out());
        assertEquals("""
                Read-Host : PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.
                At line:1 char:1
                + Read-Host; 'after'
                + ~~~~~~~~~
                    + CategoryInfo          : InvalidOperation: (:) [Read-Host], PSInvalidOperationException
                    + FullyQualifiedErrorId : InvalidOperation,Microsoft.PowerShell.Commands.ReadHostCommand
                """, r.err());
        // pwsh's console host writes the caption before its first read fails
        Result credential = run("Get-Credential", "", true);
        assertEquals("\nPowerShell credential request\nEnter your credentials.\nUser: ", credential.out());
        assertEquals("Get-Credential : PowerShell is in NonInteractive mode. Read and Prompt functionality is not "
                + "available.", credential.err().lines().findFirst().orElseThrow());
    }
}
