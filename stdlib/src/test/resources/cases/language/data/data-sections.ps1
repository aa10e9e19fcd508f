# data sections: the body's output as a value, or in the named variable
data Messages {
    # comments and blank lines are fine

    ConvertFrom-StringData -StringData @'
Hello = Hello, World
Bye = Good bye\t!
'@
}
$Messages.Hello
$Messages['bye']
$Messages.GetType().Name

$values = data { 1; 'two'; @{ a = 1 }; @(3, 4); -5; [int]'6' + 1; $true; $null }
$values.Count
$values[5]

data { 'written'; if ($PSCulture -ne $null) { 'culture' } elseif ($false) { 'no' } else { 'none' } }
data Empty { }
$null -eq $Empty
data Single { 42 }
$Single.GetType().Name
data Arrays { 1, 2 + 3, (4 -band 6), -not $false, "expand $true", $(7) }
$Arrays -join ','
data Ternary { $true ? 'yes' : 'no' }
$Ternary
data Typed { [string[]]('a', 'b'); [datetime]'2024-01-02'; [decimal]1.5; [ConsoleColor]'Red' }
$Typed.Count, $Typed[2].Year, $Typed[3], $Typed[4]

function Get-Greeting { param($Name) "hi $Name" }
data -SupportedCommand Get-Greeting { Get-Greeting -Name ada }
data Greeting -SupportedCommand Get-Greeting, Get-Other { Get-Greeting bob }
$Greeting

function Test-Scope { data Local { 'inside' }; $Local }
Test-Scope
$null -eq $Local
