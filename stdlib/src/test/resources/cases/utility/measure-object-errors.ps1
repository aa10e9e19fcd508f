# A value that is not a number cannot be summed; Sum and Average are then left empty.
1, 'x', 3 | Measure-Object -Sum | Out-String
