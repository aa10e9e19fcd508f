# .ForEach() runs a script block per element, gets a member by name, or converts to a type.
(1..3).ForEach({ $_ * 2 })
('a', 'b').ForEach('ToUpper')
([pscustomobject]@{ a = 1 }, [pscustomobject]@{ a = 2 }).ForEach('a')
('1', '2').ForEach([int]).ForEach({ $_.GetType().Name })
