package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

/**
 * System.Management.Automation.SemanticVersion ({@code [semver]}), the type of
 * {@code $PSVersionTable.PSVersion}: major.minor.patch with optional pre-release and build labels.
 * A pre-release version sorts before the release; build labels do not count.
 */
public final class SemanticVersion implements Comparable<SemanticVersion> {
    public static final DotNetType TYPE = registered();

    private final int major;
    private final int minor;
    private final int patch;
    private final String preReleaseLabel;
    private final String buildLabel;

    public SemanticVersion(int major, int minor, int patch, String preReleaseLabel, String buildLabel) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.preReleaseLabel = preReleaseLabel;
        this.buildLabel = buildLabel;
    }

    private static DotNetType registered() {
        DotNetType type = CoreTypes.define("System.Management.Automation", "SemanticVersion", SemanticVersion.class,
                SemanticVersion::defineMembers);
        CoreTypes.register(type, "semver");
        return type;
    }

    /**
     * SemanticVersion.Parse: "major[.minor[.patch]][-prerelease][+build]".
     *
     * @throws PSRuntimeException FormatException when the text is not a semantic version
     */
    public static SemanticVersion parse(String text) {
        String rest = text.strip();
        String build = null;
        String preRelease = null;
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            build = rest.substring(plus + 1);
            rest = rest.substring(0, plus);
        }
        int dash = rest.indexOf('-');
        if (dash >= 0) {
            preRelease = rest.substring(dash + 1);
            rest = rest.substring(0, dash);
        }
        String[] parts = rest.split("\\.", -1);
        int[] numbers = new int[3];
        try {
            if (parts.length > 3 || (parts.length < 3 && (preRelease != null || build != null))) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Integer.parseInt(parts[i]);
                if (numbers[i] < 0) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            throw new PSRuntimeException("FormatException", ErrorCategory.InvalidArgument,
                    "The input string '" + text + "' was not in a correct format.", "FormatException");
        }
        return new SemanticVersion(numbers[0], numbers[1], numbers[2], preRelease, build);
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int c = Integer.compare(major, other.major);
        c = c != 0 ? c : Integer.compare(minor, other.minor);
        c = c != 0 ? c : Integer.compare(patch, other.patch);
        if (c != 0) {
            return c;
        }
        if (preReleaseLabel == null || other.preReleaseLabel == null) {
            return preReleaseLabel == null ? (other.preReleaseLabel == null ? 0 : 1) : -1;
        }
        return preReleaseLabel.compareTo(other.preReleaseLabel);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SemanticVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return (major * 31 + minor) * 31 + patch;
    }

    @Override
    public String toString() {
        String text = major + "." + minor + "." + patch;
        text = preReleaseLabel == null ? text : text + "-" + preReleaseLabel;
        return buildLabel == null ? text : text + "+" + buildLabel;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType int32 = CoreTypes.INT32;
        b.property("Major", int32, v -> ((SemanticVersion) v).major)
                .property("Minor", int32, v -> ((SemanticVersion) v).minor)
                .property("Patch", int32, v -> ((SemanticVersion) v).patch)
                .property("PreReleaseLabel", CoreTypes.STRING, v -> ((SemanticVersion) v).preReleaseLabel)
                .property("BuildLabel", CoreTypes.STRING, v -> ((SemanticVersion) v).buildLabel)
                .method("CompareTo", int32, (v, a) -> ((SemanticVersion) v).compareTo((SemanticVersion) a[0]),
                        param("value", b.type()))
                .method("ToString", CoreTypes.STRING, (v, a) -> v.toString())
                .constructor((v, a) -> parse((String) a[0]), param("version", CoreTypes.STRING))
                .staticMethod("Parse", b.type(), (v, a) -> parse((String) a[0]), param("version", CoreTypes.STRING));
    }
}
