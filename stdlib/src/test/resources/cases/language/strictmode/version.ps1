# -Version takes 1.0 to 4.0, 5.0, 5.1, 6.0 to 6.2 and 7.x up to this release, or Latest; only the major counts.
Set-StrictMode -Version 2.0
try { "$unset" } catch { '2.0 is 2' }
Set-StrictMode -Version 1
"1: [$unset]"
Set-StrictMode -Version '3'
try { $a = @(1); $a[1] } catch { '3 is 3' }
Set-StrictMode -Version 5.1
try { $a[1] } catch { '5.1 is at least 3' }
Set-StrictMode -v latest
try { $a[1] } catch { 'Latest is at least 3' }
Set-StrictMode -Off
Set-StrictMode -Version 8
Set-StrictMode -Version 1.5
