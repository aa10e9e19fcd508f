# f(1,2) passes one array argument; methods need parentheses.
function Count-Args { $args.Count; $args[0].GetType().Name }
Count-Args (1, 2)
Count-Args 1 2
