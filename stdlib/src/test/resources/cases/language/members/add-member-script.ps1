# Script methods and properties see the object as $this.
$o = [pscustomobject]@{ first = 'Ada'; last = 'Lovelace' }
$o | Add-Member -MemberType ScriptProperty -Name Full -Value { "$($this.first) $($this.last)" }
$o | Add-Member -MemberType ScriptMethod -Name Greet -Value { param($greeting) "$greeting, $($this.first)" }
$o.Full
$o.Greet('Hello')
$o.first = 'Augusta'
$o.Full
$o | Add-Member -MemberType AliasProperty -Name Given -Value first
$o.Given
