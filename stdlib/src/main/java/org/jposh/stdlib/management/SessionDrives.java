package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jposh.interpreter.runtime.SessionState;

/** The FileSystem drives a session has made (New-PSDrive, Pester's TestDrive:), by case-insensitive name. */
public final class SessionDrives {
    private final TreeMap<String, PSDriveInfo> drives = new TreeMap<>();

    public static SessionDrives of(SessionState session) {
        return session.extension(SessionDrives.class, SessionDrives::new);
    }

    public List<PSDriveInfo> drives() {
        return new ArrayList<>(drives.values());
    }

    public void add(PSDriveInfo drive) {
        drives.put(drive.name().toLowerCase(Locale.ROOT), drive);
    }

    /** Removes the drive; false when the session has none of that name. */
    public boolean remove(String name) {
        return drives.remove(name.toLowerCase(Locale.ROOT)) != null;
    }
}
