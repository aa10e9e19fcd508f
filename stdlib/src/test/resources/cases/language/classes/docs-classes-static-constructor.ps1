# about_Classes_Properties: a static constructor runs once, after the static initializers, before first use
class ExampleProject7 {
    [string] $Name
    static [string[]] $Log = @('initializer')
    static [int] $Count

    static ExampleProject7() {
        [ExampleProject7]::Log += 'static constructor'
    }

    ExampleProject7() {}

    ExampleProject7([string]$Name) {
        $this.Name = $Name
    }
}
$Project = [ExampleProject7]::new()
$Project.GetType().Name
[ExampleProject7]::new('named').Name
[ExampleProject7]::Log

class Counter {
    static [int] $Initialized
    static Counter() { [Counter]::Initialized++ }
    static [int] Get() { return [Counter]::Initialized }
}
[Counter]::Get()
[Counter]::Get()

# a hidden property's initializer: (New-Guid).Guid is the GUID's string
class ExampleProject5 {
           [string] $Name
    hidden [string] $Guid = (New-Guid).Guid
}
$project = [ExampleProject5]::new()
$project.Guid -match '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
([guid]'c72cef84-057c-4649-8940-13490dcf72f0').Guid
