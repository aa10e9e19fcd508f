# The first JPosh sample: variables, a function with a typed parameter, a loop, a class, the pipeline.
param([string]$Name = 'JPosh')

function Get-Greeting([string]$To) { "Hello, $To!" }
Get-Greeting $Name

$squares = foreach ($i in 1..5) { $i * $i }
"Squares: $($squares -join ', ')"

class Planet {
    [string]$Name
    [double]$Radius
    Planet([string]$name, [double]$radius) { $this.Name = $name; $this.Radius = $radius }
}
$planets = [Planet]::new('Mercury', 2439.7), [Planet]::new('Earth', 6371.0), [Planet]::new('Mars', 3389.5)
$planets | Sort-Object Radius -Descending | Format-Table Name, Radius
"The answer is $(6 * 7)"
