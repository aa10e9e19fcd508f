class Car
{
   # Properties
   [string] $Color
   [string] $ModelYear
   [int] $Distance

   # Method
   [int] Drive ([int]$Miles)
   {
      $this.Distance += $Miles
      $this.Rides++
      return $this.Distance
   }

   # Hidden property of the Drive method
    hidden [int] $Rides = 0
}

# about_Hidden: Get-Member lists a hidden property only with -Force
$TestCar = [Car]::new()
$TestCar | Get-Member -MemberType Property
$TestCar | Get-Member -MemberType Property -Force
$TestCar.Drive(10)
$TestCar.Rides
