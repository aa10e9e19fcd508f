# A method call on a target cast to a base class runs the base class's method, not the override: how a script
# class calls the method it overrides
class Animal {
    [string]$Name = 'generic'
    [string] Speak() { return "$($this.Name) makes a sound" }
    [string] Describe([int]$times) { return "animal x$times" }
}
class Dog : Animal {
    Dog() { $this.Name = 'rex' }
    [string] Speak() { return 'woof, and ' + ([Animal]$this).Speak() }
    [string] Describe([int]$times) { return "dog, " + ([Animal]$this).Describe($times + 1) }
}
$dog = [Dog]::new()
$dog.Speak()
$dog.Describe(1)
([Animal]$dog).Speak()
$animal = [Animal]$dog
$animal.Speak()
