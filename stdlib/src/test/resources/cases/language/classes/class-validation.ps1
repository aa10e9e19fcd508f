class Account {
    [ValidateNotNullOrEmpty()][string]$Name = 'none'
    [ValidateRange(1, 10)][int]$Level = 1
    [ValidateSet('red', 'green')][string]$Color = 'red'
    [ValidatePattern('^\d+$')][string]$Code = '0'
    [ValidateLength(1, 3)][string]$Tag = 'a'
    static [ValidateRange(0, 5)][int]$Count
    hidden [string]$Secret = 's'
}
$a = [Account]::new()
$a.Name = 'bob'
$a.Name
$a.Level = '7'
$a.Level
$a.Color = 'GREEN'
$a.Color
try { $a.Name = '' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { $a.Level = 11 } catch { $_.Exception.Message }
try { $a.Color = 'blue' } catch { $_.Exception.Message }
try { $a.Code = 'x1' } catch { $_.Exception.Message }
try { $a.Tag = 'abcd' } catch { $_.Exception.Message }
try { [Account]::Count = 9 } catch { $_.Exception.Message }
[Account]::Count = 3
[Account]::Count
$a.Name
$a
$a | Get-Member -MemberType Property | Select-Object -ExpandProperty Name
$a.Secret
$a.Name = $null
