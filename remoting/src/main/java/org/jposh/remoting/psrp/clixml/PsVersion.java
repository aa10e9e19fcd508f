package org.jposh.remoting.psrp.clixml;

/**
 * A .NET {@code System.Version} ({@code <Version>}): two to four components; an absent build or
 * revision is -1, as in .NET, so {@code 2.3} and {@code 2.3.0} stay different.
 */
public record PsVersion(int major, int minor, int build, int revision) implements Comparable<PsVersion> {
    public PsVersion {
        if (major < 0 || minor < 0 || build < -1 || revision < -1 || build == -1 && revision != -1) {
            throw new IllegalArgumentException("Invalid version " + major + "." + minor + "." + build + "." + revision);
        }
    }

    public PsVersion(int major, int minor) {
        this(major, minor, -1, -1);
    }

    /** Parses {@code major.minor[.build[.revision]]} as .NET's Version.Parse does. */
    public static PsVersion parse(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw new IllegalArgumentException("Version string portion was too short or too long: " + text);
        }
        int[] n = {-1, -1, -1, -1};
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid version component in " + text, e);
            }
            if (n[i] < 0) {
                throw new IllegalArgumentException("Version components cannot be negative: " + text);
            }
        }
        return new PsVersion(n[0], n[1], n[2], n[3]);
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

    @Override
    public int compareTo(PsVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(build, o.build);
        }
        return c != 0 ? c : Integer.compare(revision, o.revision);
    }
}
