# -WhatIf (or $WhatIfPreference) tells what would change and changes nothing.
$file = '/tmp/jposh-whatif-case.txt'
Set-Content $file 'kept'
Remove-Item $file -WhatIf
Set-Content $file 'replaced' -WhatIf
Rename-Item $file 'other.txt' -WhatIf
Get-Content $file
$WhatIfPreference = $true
Remove-Item $file
Test-Path $file
Remove-Item $file -WhatIf:$false
Test-Path $file
