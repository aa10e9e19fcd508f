enum TaskState {
    ToDo
    Doing
    Done
}

# String format template for the statements
$Statement = "[System.Enum]::Format([TaskState], {0}, '{1}')"

foreach ($Format in @('G', 'D', 'X', 'F')) {
    $StatementToDo  = $Statement -f 0, $Format
    $StatementDoing = $Statement -f "([TaskState]'Doing')", $Format
    $StatementDone  = $Statement -f '[TaskState]::Done', $Format
    $FormattedToDo  = [System.Enum]::Format(
      [TaskState], 0, $Format
    )
    $FormattedDoing = [System.Enum]::Format(
        [TaskState], ([TaskState]'Doing'), $Format
    )
    $FormattedDone  = [System.Enum]::Format(
      [TaskState], [TaskState]::Done, $Format
    )

    "{0,-62} => {1}" -f $StatementToDo,  $FormattedToDo
    "{0,-62} => {1}" -f $StatementDoing, $FormattedDoing
    "{0,-62} => {1}" -f $StatementDone,  $FormattedDone
}

# ToString(format) on values, a [Flags] enum's F and G, a byte-based enum's X
[Flags()] enum FlagEnum {
    A = 1
    B = 2
    C = 4
}
foreach ($Value in [FlagEnum]::A, [FlagEnum]'A, B', [FlagEnum]7, [System.Enum]::ToObject([FlagEnum], 8)) {
    [pscustomobject]@{
        "ToString('G')" = $Value.ToString('G')
        "ToString('D')" = $Value.ToString('D')
        "ToString('X')" = $Value.ToString('X')
        "ToString('F')" = $Value.ToString('F')
    }
}
enum Small : byte { One = 1; Max = 255 }
[Small]::Max.ToString('X')
[System.Enum]::Format([Small], 1, 'x')
[TaskState]::Done.ToString()
try { [TaskState]::Done.ToString('Q') } catch { $_.FullyQualifiedErrorId; $_.Exception.InnerException.Message }
