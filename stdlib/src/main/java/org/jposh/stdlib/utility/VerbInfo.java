package org.jposh.stdlib.utility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * System.Management.Automation.VerbInfo, one of PowerShell's approved verbs as Get-Verb lists them. The
 * verbs, their groups, alias prefixes and descriptions are pwsh's, kept in {@code verbs.tsv} in pwsh's order
 * (by group: Common, Communications, Data, Diagnostic, Lifecycle, Other, Security).
 */
public record VerbInfo(String verb, String aliasPrefix, String group, String description) {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "VerbInfo", VerbInfo.class,
            b -> b.property("Verb", CoreTypes.STRING, v -> ((VerbInfo) v).verb)
                    .property("AliasPrefix", CoreTypes.STRING, v -> ((VerbInfo) v).aliasPrefix)
                    .property("Group", CoreTypes.STRING, v -> ((VerbInfo) v).group)
                    .property("Description", CoreTypes.STRING, v -> ((VerbInfo) v).description));

    static {
        CoreTypes.register(TYPE);
    }

    /** As .NET's Object.ToString: the type's full name. */
    @Override
    public String toString() {
        return TYPE.fullName();
    }

    /** The approved verbs, loaded once. */
    static List<VerbInfo> all() {
        return Table.VERBS;
    }

    /** Makes {@code [System.Management.Automation.VerbInfo]} resolve before Get-Verb has run. */
    public static void registerTypeLazily() {
        CoreTypes.registerLazily("System.Management.Automation.VerbInfo", () -> TYPE);
    }

    private static final class Table {
        static final List<VerbInfo> VERBS = load();

        private static List<VerbInfo> load() {
            List<VerbInfo> verbs = new ArrayList<>();
            try (InputStream in = VerbInfo.class.getResourceAsStream("verbs.tsv");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] fields = line.split("\t", -1);
                    verbs.add(new VerbInfo(fields[1], fields[2], fields[0], fields[3]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(verbs);
        }
    }
}
