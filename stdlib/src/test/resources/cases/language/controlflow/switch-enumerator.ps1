# $switch is the switch's enumerator: MoveNext() consumes the next element.
switch (1, 2, 3, 4) {
    1 { [void]$switch.MoveNext(); "after 1 comes $($switch.Current)" }
    default { "default $_" }
}
