# A pipeline that outputs nothing has AutomationNull as its value: $null to comparisons and conversions, but
# an empty collection to + and to the pipeline, so accumulating command output with += adds nothing
$names = 'git', 'tgit'
$names += Get-Alias | Where-Object { $false } | ForEach-Object Name
$names.Count
$names += (Get-ChildItem -Path nothing-here* -ErrorAction SilentlyContinue)
$names.Count
$names += $null
$names.Count
$list = [System.Collections.ArrayList]@(1)
$list += Get-Alias | Where-Object { $false }
$list.Count

$nothing = Get-Alias | Where-Object { $false }
$null -eq $nothing
$nothing | ForEach-Object { 'never runs' }
$nothing.Count
"[$nothing]"
@($nothing).Count
$explicit = $null
$explicit | ForEach-Object { 'runs once for a $null' }
@($explicit).Count
