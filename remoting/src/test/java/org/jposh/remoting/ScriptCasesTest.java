package org.jposh.remoting;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.stream.Stream;
import org.jposh.stdlib.cases.ScriptCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Remoting's script corpus, {@code src/test/resources/cases}, for the cmdlets that live here (Export-Clixml,
 * Import-Clixml...), run as the standard library runs its own (see {@link ScriptCases}).
 */
class ScriptCasesTest {
    private static final ScriptCases CASES = new ScriptCases();

    @AfterAll
    static void closeEngine() {
        CASES.close();
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException, URISyntaxException {
        return CASES.of(ScriptCasesTest.class);
    }
}
