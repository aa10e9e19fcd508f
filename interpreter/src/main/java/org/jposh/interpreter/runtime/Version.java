package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

/**
 * System.Version ([version]): major.minor[.build[.revision]], an absent build or revision being -1 as in
 * .NET; versions compare component by component.
 */
public record Version(int major, int minor, int build, int revision) implements Comparable<Version> {
    /** Version.Parse: two to four non-negative integers separated by dots. */
    public static Version parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw DotNetException.argument("Version string portion was too short or too long.", "input");
        }
        int[] values = {-1, -1, -1, -1};
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw DotNetException.format("Input string was not in a correct format.");
            }
            if (values[i] < 0) {
                throw DotNetException.argumentOutOfRange("version", "Version's parameters must be greater than or "
                        + "equal to zero.");
            }
        }
        return new Version(values[0], values[1], values[2], values[3]);
    }

    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        c = c != 0 ? c : Integer.compare(minor, other.minor);
        c = c != 0 ? c : Integer.compare(build, other.build);
        return c != 0 ? c : Integer.compare(revision, other.revision);
    }

    @Override
    public String toString() {
        return major + "." + minor + (build < 0 ? "" : "." + build + (revision < 0 ? "" : "." + revision));
    }

    static void define(TypeAdapter.Builder b) {
        b.constructor((t, a) -> parse((String) a[0]), param("version", STRING));
        b.constructor((t, a) -> new Version((Integer) a[0], (Integer) a[1], -1, -1), param("major", INT32),
                param("minor", INT32));
        b.constructor((t, a) -> new Version((Integer) a[0], (Integer) a[1], (Integer) a[2], -1), param("major", INT32),
                param("minor", INT32), param("build", INT32));
        b.constructor((t, a) -> new Version((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]),
                param("major", INT32), param("minor", INT32), param("build", INT32), param("revision", INT32));
        b.staticMethod("Parse", CoreTypes.VERSION, (t, a) -> parse((String) a[0]), param("input", STRING));
        b.property("Major", INT32, v -> ((Version) v).major());
        b.property("Minor", INT32, v -> ((Version) v).minor());
        b.property("Build", INT32, v -> ((Version) v).build());
        b.property("Revision", INT32, v -> ((Version) v).revision());
    }
}
