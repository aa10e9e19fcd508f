# using module: a module's types are also known by their module-qualified name, which still names the module's
# type when the script declares a type of the same short name
$null = New-Item -ItemType Directory mods/Foo
Set-Content mods/Foo/Foo.psm1 'class Foo { [string] GetModuleName() { return "Foo" } }'
$env:PSModulePath = Join-Path $PWD mods
[scriptblock]::Create(@'
using module Foo

class Foo { [string] GetModuleName() { return "This" } }

class Bar1 : Foo.Foo {}
class Bar : Foo {}

[Foo.Foo]::new().GetModuleName()
[Bar1]::new().GetModuleName()
[Bar]::new().GetModuleName()
[Foo]::new().GetModuleName()
'@).Invoke()
