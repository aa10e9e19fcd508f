# Static members are looked up through the base classes (FlattenHierarchy), as in pwsh
class Counter {
    static [int] $Count = 0
    static [string] Describe() { return "count is $([Counter]::Count)" }
}
class SpecialCounter : Counter {
}
[SpecialCounter]::Count
[SpecialCounter]::Count = 3
[Counter]::Count
[SpecialCounter]::Describe()
# constructors are not inherited: each class has its own
[SpecialCounter]::new().GetType().Name
