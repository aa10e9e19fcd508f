# using module: the classes and enums of a module's script resolve in the script that imports it (which can
# derive from them), found when the script is compiled; the module is imported when the script runs, so its
# functions can be called. A relative path is relative to the script's folder.
$null = New-Item -ItemType Directory mods/Shapes, mods/Versioned/1.0.0, mods/Versioned/2.0.0, app/lib
Set-Content mods/Shapes/Shapes.psm1 @'
enum Color { Red; Green = 5; Blue }
class Shape {
    [string]$Name
    Shape([string]$name) { $this.Name = $name }
    [double] Area() { return 0 }
    [string] ToString() { return "$($this.Name) of area $($this.Area())" }
}
class Square : Shape {
    [double]$Side
    Square([double]$side) : base('square') { $this.Side = $side }
    [double] Area() { return $this.Side * $this.Side }
}
function New-Square([double]$Side) { [Square]::new($Side) }
function Get-Colors { [enum]::GetNames([Color]) -join ',' }
'@
Set-Content mods/Versioned/1.0.0/Versioned.psd1 "@{ ModuleVersion = '1.0.0'; RootModule = 'Versioned.psm1' }"
Set-Content mods/Versioned/1.0.0/Versioned.psm1 "class Release { [string] Number() { return 'one' } }"
Set-Content mods/Versioned/2.0.0/Versioned.psd1 "@{ ModuleVersion = '2.0.0'; RootModule = 'Versioned.psm1' }"
Set-Content mods/Versioned/2.0.0/Versioned.psm1 "class Release { [string] Number() { return 'two' } }"
$env:PSModulePath = Join-Path $PWD mods

Set-Content app/shapes.ps1 @'
using module Shapes
class Circle : Shape {
    [double]$Radius
    Circle([double]$radius) : base('circle') { $this.Radius = $radius }
    [double] Area() { return [math]::Round([math]::PI * $this.Radius * $this.Radius, 2) }
}
[Square]::new(3).ToString()
[Circle]::new(1).ToString()
[Circle]::new(1) -is [Shape]
[Color]::Green
[int][Color]::Blue
(New-Square 2) -is [Square]
(New-Square 2).Area()
Get-Colors
[Color[]]$all = 'Red', 'Blue'
$all -join '+'
'@
(Get-Module Shapes) -eq $null
./app/shapes.ps1
(Get-Module Shapes).Name
(New-Square 4).Area()

"--- a relative path, from another location"
Set-Content app/lib/Local.psm1 "class LocalThing { [string] Hello() { return 'hello from lib' } }`nfunction Get-Local { 'Get-Local called' }"
Set-Content app/local.ps1 "using module ./lib/Local.psm1`n[LocalThing]::new().Hello()`nGet-Local"
Push-Location mods
../app/local.ps1
Pop-Location

"--- a specification picks the version"
Set-Content app/v1.ps1 "using module @{ ModuleName = 'Versioned'; RequiredVersion = '1.0.0' }`n[Release]::new().Number()`n(Get-Module Versioned).Version.ToString()"
./app/v1.ps1

"--- code that is no file: relative to the current location"
& ([scriptblock]::Create("using module ./mods/Shapes`n[Color]::Red"))

"--- modules that cannot be found or named"
Set-Content app/missing.ps1 "using module NoSuchModule`n'not reached'"
Set-Content app/too-new.ps1 "using module @{ ModuleName = 'Versioned'; ModuleVersion = '3.0' }`n'not reached'"
Set-Content app/wildcard.ps1 "using module Sha*`n'not reached'"
Set-Content app/variable.ps1 "using module @{ ModuleName = `$name; ModuleVersion = '1.0' }`n'not reached'"
Set-Content app/no-version.ps1 "using module @{ ModuleName = 'Versioned' }`n'not reached'"
./app/missing.ps1
./app/too-new.ps1
./app/wildcard.ps1
./app/variable.ps1
./app/no-version.ps1
Set-Content app/lib/Ping.psm1 "using module ./Pong.psm1`nclass Ping {}"
Set-Content app/lib/Pong.psm1 "using module ./Ping.psm1`nclass Pong {}"
Set-Content app/cycle.ps1 "using module ./lib/Ping.psm1`n'not reached'"
./app/cycle.ps1

"--- using assembly"
Set-Content app/Fake.dll 'not really an assembly'
Set-Content app/by-name.ps1 "using assembly System.Xml`n'not reached'"
Set-Content app/by-uri.ps1 "using assembly https://example.com/Lib.dll`n'not reached'"
Set-Content app/missing-file.ps1 "using assembly ./NoSuch.dll`n'not reached'"
Set-Content app/file.ps1 "using assembly ./Fake.dll`n'not reached'"
./app/by-name.ps1
./app/by-uri.ps1
./app/missing-file.ps1
./app/file.ps1
'done'
