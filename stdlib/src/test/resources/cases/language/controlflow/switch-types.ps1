# Non-script-block clause values compare as strings; numbers match numeric strings.
switch ('10') { 10 { 'ten' } }
switch (10) { '10' { 'string ten' } }
switch (1.0) { 1 { 'one' } }
switch ('ABC') { 'abc' { 'case-insensitive' } }
switch ($true) { 'True' { 'bool as string' } }
