New-Item -ItemType Directory logs | Out-Null
(New-PSDrive -Name Logs -PSProvider FileSystem -Root ./logs).Name
Set-Content Logs:/a.txt 'written through the drive'
Get-Content ./logs/a.txt
(Get-PSDrive Logs).Name
New-PSDrive -Name Logs -PSProvider FileSystem -Root ./logs
Remove-PSDrive Logs
Get-PSDrive Logs
