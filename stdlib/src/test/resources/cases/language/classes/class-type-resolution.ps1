# A class is known to the whole script, before its statement runs.
function Describe-Vehicle([Vehicle]$v) { "$($v.Wheels) wheels" }
$early = [Vehicle]::new()
$early.Wheels
Describe-Vehicle $early
Describe-Vehicle @{ Wheels = 2 }
[Vehicle[]]$fleet = [Vehicle]::new(), [Truck]::new()
$fleet.Count
$fleet[1].GetType().Name
$fleet[1] -is [Vehicle]
[Truck]$t = [Truck]::new()
$t.Wheels
$list = [System.Collections.Generic.List[Vehicle]]::new()
$list.Add([Truck]::new())
$list[0].Wheels
class Truck : Vehicle {
    Truck() { $this.Wheels = 6 }
}
class Vehicle {
    [int]$Wheels = 4
    [Garage]$Home
}
class Garage {
    [string]$Name = 'main'
    [Vehicle[]]$Parked
}
$g = [Garage]::new()
$g.Parked = [Truck]::new()
$g.Parked.Count
$g.Parked[0].Wheels
$v = New-Object Vehicle
$v.Home = @{ Name = 'side' }
$v.Home.Name
$v.Home.GetType().Name
[Vehicle].Name
[Truck].BaseType.Name
$x = [Vehicle]::new()
$x -as [Truck]
($t -as [Vehicle]).Wheels
