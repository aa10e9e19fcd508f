# A class belongs to the script block that declares it: two blocks of a file may each have a class C, each
# block's code (and the blocks inside it) seeing its own; a script's top-level class is seen everywhere in it
& {
    class C { [string] Who() { return 'first' } }
    & { [C]::new().Who() }
}
& {
    class C { [string] Who() { return 'second' } }
    [C]::new().Who()
}
class Top { [int] $X = 1 }
function f { [Top]::new().X }
f
