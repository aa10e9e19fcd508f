# Get-Member with no input object.
Get-Member
@() | Get-Member
'done'
