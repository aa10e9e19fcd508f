# about_Variables: $Today = (Get-Date).DateTime reads types.ps1xml's DateTime property
[datetime] $dates = "09/12/91"
$dates.DateTime
([datetime]'2019-09-03 09:46:46').DateTime
(Get-Date).DateTime -is [string]
