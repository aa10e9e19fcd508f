# about_Member-Access_Enumeration: a method called on a collection runs on each element, and an element
# without it fails the call, naming the element's type
$a = @(, ('bar', 'baz'), 'foo')
$a.ToUpper()
[System.Collections.Generic.List[string]]$Collection = @('a', 'b', 'c')
try { $Collection.DoesNotExist() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { @('a', 1, 'c').ToUpper() } catch { $_.Exception.Message }
