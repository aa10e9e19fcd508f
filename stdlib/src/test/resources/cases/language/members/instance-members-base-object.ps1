# Members added to a value that is not a PSObject are kept for that object (by identity), as pwsh's
# instance-members table keeps them: every later use of the same object sees them, other objects do not.
$sb = [System.Text.StringBuilder]::new()
Add-Member -InputObject $sb -NotePropertyName Tag -NotePropertyValue 1
$sb.Tag
$sb.psobject.Properties.Add([psnoteproperty]::new('X', 2))
$sb.X
$sb.Tag = 'changed'
$sb.psobject.Properties['Tag'].Value
$sb | Add-Member -MemberType ScriptMethod -Name Describe -Value { "$($this.Length) chars, tag $($this.Tag)" }
[void]$sb.Append('abc')
$sb.Describe()
($sb | Get-Member -Name Tag, X, Describe | ForEach-Object { "$($_.Name):$($_.MemberType)" }) -join ' '
function Read-Tag($value) { $value.Tag }
Read-Tag $sb
$other = [System.Text.StringBuilder]::new()
$null -eq $other.Tag
$list = [System.Collections.Generic.List[int]]::new()
$list | Add-Member -NotePropertyName Source -NotePropertyValue 'db'
$list.Add(1)
$list.Source
# A string's members stay in the PSObject that wraps it, which .psobject makes anew each time
$s = 'text'
$s.psobject.Properties.Add([psnoteproperty]::new('X', 2))
$null -eq $s.X
$wrapped = Add-Member -InputObject $s -NotePropertyName Y -NotePropertyValue 3 -PassThru
$wrapped.Y
$null -eq $s.Y
