package org.jposh.stdlib;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.stream.Stream;
import org.jposh.stdlib.cases.ScriptCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The standard library's script corpus, {@code src/test/resources/cases} (see {@link ScriptCases}). */
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
