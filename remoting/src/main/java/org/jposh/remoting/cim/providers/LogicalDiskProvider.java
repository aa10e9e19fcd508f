package org.jposh.remoting.cim.providers;

import static org.jposh.remoting.cim.CimPropertyDeclaration.key;
import static org.jposh.remoting.cim.CimPropertyDeclaration.of;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jposh.remoting.cim.CimClass;
import org.jposh.remoting.cim.CimInstance;
import org.jposh.remoting.cim.CimProvider;
import org.jposh.remoting.cim.CimType;

/**
 * Win32_LogicalDisk (and so CIM_LogicalDisk): the mounted file systems that hold files (not /proc, /sys,
 * tmpfs and the other kernel file systems), one per mount point. DeviceID is the mount point, as a drive
 * letter is on Windows; DriveType is 4 (network drive) for NFS, SMB and SSHFS mounts, whose ProviderName is
 * the remote share, and 3 (local disk) for the others; Size and FreeSpace are bytes (FreeSpace: what this
 * user may use).
 */
public final class LogicalDiskProvider implements CimProvider {
    private static final int LOCAL_DISK = 3;
    private static final int NETWORK_DRIVE = 4;
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs",
            "9p");
    private static final Set<String> KERNEL_TYPES = Set.of("proc", "sysfs", "devpts", "devtmpfs", "tmpfs",
            "cgroup", "cgroup2", "mqueue", "securityfs", "debugfs", "tracefs", "pstore", "bpf", "configfs",
            "fusectl", "hugetlbfs", "autofs", "binfmt_misc", "nsfs", "efivarfs", "ramfs", "rpc_pipefs", "squashfs");

    static final CimClass CIM_LOGICAL_DISK = new CimClass(Namespaces.CIMV2, "CIM_LogicalDisk", null, List.of(
            of("Caption", CimType.STRING),
            of("Description", CimType.STRING),
            of("Name", CimType.STRING),
            of("Status", CimType.STRING),
            of("CreationClassName", CimType.STRING),
            key("DeviceID", CimType.STRING),
            of("FileSystem", CimType.STRING),
            of("FreeSpace", CimType.UINT64),
            of("Size", CimType.UINT64)));

    static final CimClass WIN32_LOGICAL_DISK = new CimClass(Namespaces.CIMV2, "Win32_LogicalDisk", CIM_LOGICAL_DISK,
            List.of(
                    of("DriveType", CimType.UINT32),
                    of("ProviderName", CimType.STRING),
                    of("VolumeName", CimType.STRING)));

    @Override
    public CimClass cimClass() {
        return WIN32_LOGICAL_DISK;
    }

    @Override
    public List<CimInstance> enumerate() {
        List<CimInstance> result = new ArrayList<>();
        for (FileStore store : FileSystems.getDefault().getFileStores()) {
            if (KERNEL_TYPES.contains(store.type())) {
                continue;
            }
            String mountPoint = mountPoint(store);
            try {
                long size = store.getTotalSpace();
                if (size == 0 || mountPoint == null) {
                    continue;
                }
                boolean network = NETWORK_TYPES.contains(store.type());
                Map<String, Object> v = new HashMap<>();
                v.put("Caption", mountPoint);
                v.put("Description", network ? "Network Connection" : "Local Fixed Disk");
                v.put("Name", mountPoint);
                v.put("CreationClassName", WIN32_LOGICAL_DISK.name());
                v.put("DeviceID", mountPoint);
                v.put("FileSystem", store.type());
                v.put("FreeSpace", store.getUsableSpace());
                v.put("Size", size);
                v.put("DriveType", network ? NETWORK_DRIVE : LOCAL_DISK);
                v.put("ProviderName", network ? store.name() : null);
                v.put("VolumeName", network ? null : store.name());
                result.add(CimInstance.of(WIN32_LOGICAL_DISK, v));
            } catch (IOException | SecurityException e) {
                // A mount this user cannot look into (another user's FUSE mount) is not listed.
            }
        }
        return result;
    }

    /** The mount point of a store: the JDK's Linux FileStore.toString is "MOUNTPOINT (DEVICE)". */
    private static String mountPoint(FileStore store) {
        String text = store.toString();
        String suffix = " (" + store.name() + ")";
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : null;
    }
}
