# Sourced by bin/jposh and ./build: finds a JDK of version 25 or later.
# Prefers JAVA_HOME, then the JDKs installed in the system's standard JVM directories.

jposh_java_version() {  # prints the feature version of the JDK at $1, or nothing
    local release="$1/release" v
    [ -x "$1/bin/java" ] || return 1
    if [ -f "$release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    else
        v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
    fi
    [ -n "$v" ] && echo "$v"
}

jposh_find_jdk() {  # prints the home of a JDK >= 25, or fails with a message
    local candidate v best="" best_v=0
    if [ -n "${JAVA_HOME:-}" ]; then
        v=$(jposh_java_version "$JAVA_HOME")
        if [ -n "$v" ] && [ "$v" -ge 25 ]; then echo "$JAVA_HOME"; return 0; fi
    fi
    for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$candidate" ] || continue
        v=$(jposh_java_version "$candidate") || continue
        if [ -n "$v" ] && [ "$v" -ge 25 ] && [ "$v" -gt "$best_v" ]; then best="$candidate"; best_v=$v; fi
    done
    if [ -n "$best" ]; then echo "$(readlink -f "$best")"; return 0; fi
    cat >&2 <<'MSG'
jposh: no JDK 25 or later found (looked at JAVA_HOME and /usr/lib/jvm).
Install one, for example Debian's or Adoptium's Temurin 25 package (temurin-25-jdk),
or point JAVA_HOME at it.
MSG
    return 1
}
