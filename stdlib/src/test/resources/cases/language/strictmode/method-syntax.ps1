function Join-Args { "$($args.Count): $($args | ForEach-Object { "$_" })" }
# Outside strict mode f(1, 2) passes one array.
Join-Args(1, 2)
Set-StrictMode -Version 1
Join-Args(1, 2)
Set-StrictMode -Version 2
# With a space, or one argument in parentheses, it is an ordinary call.
Join-Args (1, 2)
Join-Args(1)
try { Join-Args(1, 2) } catch { "$($_.FullyQualifiedErrorId)" }
Join-Args(3, 4)
'after'
