# Common constructs, each compiled by the Graal JIT on its first call (JitCompilationIT).
class Rec {
    [long]$Id
    [string]$Name = 'r'
    static [int]$Count = 0
    Rec([long]$id) { $this.Id = $id; [Rec]::Count++ }
    [string] Describe() { return "$($this.Name)$($this.Id)" }
    static [Rec] Make([long]$id) { return [Rec]::new($id) }
}
enum Color { Red; Green }
function Add-One([int]$n) { $n + 1 }
function Get-Thing {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][int]$Value, [string]$Prefix = 'p')
    begin { $sum = 0 }
    process { $sum += $Value; "$Prefix$Value" }
    end { Write-Verbose "sum $sum"; $sum }
}
$list = [System.Collections.Generic.List[Rec]]::new()
for ($i = 0; $i -lt 5; $i++) { $list.Add([Rec]::Make($i)) }
$list.Sort([System.Comparison[Rec]] { param($x, $y) $y.Id.CompareTo($x.Id) })
$list[0].Describe()
$h = @{ a = 1; b = 'two' }; $h['c'] = 3; $h.a += 1
$o = [pscustomobject]@{ Name = 'n'; Size = 4 }
$s = 'Hello, World'
$parts = $s -split ', '
($parts -join '|').ToUpper() -replace 'L+', 'l'
if ($s -match '(?<w>W\w+)') { $Matches.w }
'{0,5} {1:N2} {2:X}' -f 3, 2.5, 255
$n = 0
while ($true) { $n++; if ($n -gt 3) { break } elseif ($n -eq 2) { continue } }
do { $n-- } until ($n -le 0)
switch -regex ('abc', 'xyz') { '^a' { 'starts a' } default { "other $_" } }
try { throw 'boom' } catch [System.Exception] { "caught $($_.Exception.Message)" } finally { 'fin' }
try { 1 / 0 } catch { $_.FullyQualifiedErrorId }
$r = 1..10 | ForEach-Object { $_ * 2 } | Where-Object { $_ % 3 } | Measure-Object -Sum
$r.Sum
1..3 | Get-Thing -Prefix q
$args2 = @{ Value = 7 }
Get-Thing @args2
(1..6).Where({ $_ -gt 3 }).ForEach({ $_ * 10 })
& { param($a) $a * 2 } 21
$sb = { "sb $args" }; $sb.Invoke(1)
[Color]::Green, [Color]'Red'
$x, $y = 1, 2, 3
"$x $y"
Add-One (Add-One 1)
$o.Size++; $o
[math]::Max(3, 4) + [int]'5'
Get-Item nonexistent-file-xyz -ErrorAction SilentlyContinue
$a = @(3, 1, 2) | Sort-Object -Descending | Select-Object -First 2
$a
function Test-Trap { trap { "trapped $_"; continue } throw 'inner'; 'went on' }
Test-Trap
Write-Error 'soft' 2>&1 | ForEach-Object { "err: $_" }
$text = @"
line $(1 + 1)
"@
$text.Split("`n").Length
(1..10)[2..4] -join ','
[regex]::Matches('a1b22c333', '\d+').Count
$g = 'apple', 'avocado', 'banana' | Group-Object { $_[0] } | Sort-Object Name
$g | ForEach-Object { "$($_.Name)=$($_.Count)" }
$ht = [ordered]@{}; foreach ($w in 'x', 'y', 'x') { $ht[$w] = 1 + $ht[$w] }
$ht.Keys -join ''
'{0}' -f ([datetime]'2024-01-02').AddDays(1).ToString('yyyy-MM-dd')
$sbClosure = & { $v = 5; { $v * 2 }.GetNewClosure() }
& $sbClosure
[string]::Join('-', @('a', 'b')) + ('abc'.Substring(1)).PadLeft(4, '.')
$null -eq $undefinedVar
$arr = 1, 2, 3; $arr += 4; $arr[-1]
function Fact($n) { if ($n -le 1) { 1 } else { $n * (Fact ($n - 1)) } }
Fact 10
[Nullable[int]]$maybe = '42'
$maybe + 1
$ok = $true -and (1 -lt 2); $ok ? 'yes' : 'no'
$nothing ?? 'fallback'
