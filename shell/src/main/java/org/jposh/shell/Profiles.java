package org.jposh.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The profile scripts, where pwsh keeps them on Unix, so that one profile serves both shells:
 * all users' in the installation directory ($PSHOME), the current user's in
 * {@code $XDG_CONFIG_HOME/powershell} (by default {@code ~/.config/powershell}); the "current host"
 * ones are named after pwsh's console host, {@code Microsoft.PowerShell_profile.ps1}.
 */
record Profiles(Path allUsersAllHosts, Path allUsersCurrentHost, Path currentUserAllHosts,
                Path currentUserCurrentHost) {
    private static final String ALL_HOSTS = "profile.ps1";
    private static final String CURRENT_HOST = "Microsoft.PowerShell_profile.ps1";

    static Profiles of(Path psHome, Map<String, String> environment, String userHome) {
        String configHome = environment.get("XDG_CONFIG_HOME");
        Path userConfig = (configHome == null || configHome.isEmpty() ? Path.of(userHome, ".config")
                : Path.of(configHome)).resolve("powershell");
        return new Profiles(psHome.resolve(ALL_HOSTS), psHome.resolve(CURRENT_HOST), userConfig.resolve(ALL_HOSTS),
                userConfig.resolve(CURRENT_HOST));
    }

    /** The profiles that exist, in the order pwsh runs them. */
    List<Path> existing() {
        List<Path> files = new ArrayList<>();
        for (Path p : List.of(allUsersAllHosts, allUsersCurrentHost, currentUserAllHosts, currentUserCurrentHost)) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        return files;
    }
}
