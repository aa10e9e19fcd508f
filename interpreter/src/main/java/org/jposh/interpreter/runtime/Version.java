package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

/**
 * System.Version ({@code [version]}): two to four numbers, the missing trailing ones -1, compared
 * component by component, written with as many parts as it has.
 */
public final class Version implements Comparable<Version> {
    public static final DotNetType TYPE = registered();

    private final int major;
    private final int minor;
    private final int build;
    private final int revision;

    public Version(int major, int minor, int build, int revision) {
        this.major = major;
        this.minor = minor;
        this.build = build;
        this.revision = revision;
    }

    private static DotNetType registered() {
        DotNetType type = CoreTypes.define("System", "Version", Version.class, Version::defineMembers);
        CoreTypes.register(type, "version");
        return type;
    }

    /**
     * Version.Parse: "major.minor[.build[.revision]]".
     *
     * @throws PSRuntimeException FormatException or ArgumentException as .NET's parse reports them
     */
    public static Version parse(String text) {
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw new PSRuntimeException("ArgumentException", ErrorCategory.InvalidArgument,
                    "Version string portion was too short or too long. (Parameter 'input')", "ArgumentException");
        }
        int[] numbers = {-1, -1, -1, -1};
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new PSRuntimeException("FormatException", ErrorCategory.InvalidArgument,
                        "The input string '" + parts[i] + "' was not in a correct format.", "FormatException");
            }
            if (numbers[i] < 0) {
                throw new PSRuntimeException("ArgumentOutOfRangeException", ErrorCategory.InvalidArgument,
                        "Version's parameters must be greater than or equal to zero. (Parameter 'version')",
                        "ArgumentOutOfRangeException");
            }
        }
        return new Version(numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    public int major() {
        return major;
    }

    public int minor() {
        return minor;
    }

    public int build() {
        return build;
    }

    public int revision() {
        return revision;
    }

    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        c = c != 0 ? c : Integer.compare(minor, other.minor);
        c = c != 0 ? c : Integer.compare(build, other.build);
        return c != 0 ? c : Integer.compare(revision, other.revision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return ((major * 31 + minor) * 31 + build) * 31 + revision;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(major).append('.').append(minor);
        if (build >= 0) {
            sb.append('.').append(build);
            if (revision >= 0) {
                sb.append('.').append(revision);
            }
        }
        return sb.toString();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType int32 = CoreTypes.INT32;
        b.property("Major", int32, v -> ((Version) v).major)
                .property("Minor", int32, v -> ((Version) v).minor)
                .property("Build", int32, v -> ((Version) v).build)
                .property("Revision", int32, v -> ((Version) v).revision)
                .property("MajorRevision", CoreTypes.INT16, v -> (short) (((Version) v).revision >> 16))
                .property("MinorRevision", CoreTypes.INT16, v -> (short) (((Version) v).revision & 0xFFFF))
                .method("CompareTo", int32, (v, a) -> ((Version) v).compareTo((Version) a[0]), param("value", b.type()))
                .method("ToString", CoreTypes.STRING, (v, a) -> v.toString())
                .constructor((v, a) -> parse((String) a[0]), param("version", CoreTypes.STRING))
                .constructor((v, a) -> new Version((Integer) a[0], (Integer) a[1], -1, -1),
                        param("major", int32), param("minor", int32))
                .constructor((v, a) -> new Version((Integer) a[0], (Integer) a[1], (Integer) a[2], -1),
                        param("major", int32), param("minor", int32), param("build", int32))
                .constructor((v, a) -> new Version((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]),
                        param("major", int32), param("minor", int32), param("build", int32),
                        param("revision", int32))
                .staticMethod("Parse", b.type(), (v, a) -> parse((String) a[0]), param("input", CoreTypes.STRING));
    }
}
