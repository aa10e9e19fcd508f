class Animal {
    [string]$Name
    [int]$Legs = 4
    Animal([string]$name) { $this.Name = $name }
    [string] Speak() { return '...' }
    [string] Introduce() { return "$($this.Name) says $($this.Speak())" }
    [string] Move() { return 'walks' }
    [string] Move([int]$steps) { return "walks $steps steps" }
}
class Dog : Animal {
    [string]$Breed
    Dog([string]$name, [string]$breed) : base($name) { $this.Breed = $breed }
    [string] Speak() { return 'Woof' }
}
class Bird : Animal {
    Bird([string]$name) : base($name.ToUpper()) { $this.Legs = 2 }
    [string] Speak() { return 'Tweet' }
    [string] Move() { return 'flies' }
}
class Puppy : Dog {
    Puppy() : base('pup', 'mixed') { }
    [string] Speak() { return 'Yip' }
}
$d = [Dog]::new('Rex', 'collie')
$d.Introduce()
$d.Legs
$d.Breed
$d.Move()
$b = [Bird]::new('tweety')
$b.Introduce()
$b.Legs
$b.Move()
$b.Move(3)
$p = [Puppy]::new()
$p.Introduce()
$p.Breed
$p -is [Dog]
$p -is [Animal]
$b -is [Dog]
$p.GetType().BaseType.Name
$p.GetType().BaseType.BaseType.Name
$animals = [Animal[]]@($d, $b, $p)
foreach ($a in $animals) { $a.Speak() }
[Animal]$x = $p
$x.Speak()
