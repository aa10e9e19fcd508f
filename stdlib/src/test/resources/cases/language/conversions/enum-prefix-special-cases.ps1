# A prefix of several enum names is ambiguous, except for pwsh's special cases: for FileAttributes, Directory,
# ReadOnly and System win ([IO.FileAttributes]'r' is ReadOnly, not ReparsePoint), in casts as in -Attributes.
[IO.FileAttributes]'r'
[IO.FileAttributes]'d'
[IO.FileAttributes]'s'
[IO.FileAttributes]'h'
try { [IO.FileAttributes]'n' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
