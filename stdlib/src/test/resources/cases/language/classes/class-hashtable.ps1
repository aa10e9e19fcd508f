class Config {
    [string]$Host = 'localhost'
    [int]$Port = 80
    [bool]$Secure
    [string[]]$Names
}
$c = [Config]@{ Port = '8080'; Secure = 1 }
$c.Host
$c.Port
$c.Port.GetType().Name
$c.Secure
$d = [Config]@{ host = 'example.org'; names = 'a', 'b' }
$d.Host
$d.Names.Count
[Config]$e = @{ Port = 443 }
$e.Port
function Use([Config]$cfg) { "$($cfg.Host):$($cfg.Port)" }
Use @{ Host = 'h'; Port = 1 }
$o = [Config][ordered]@{ Port = 1; Host = 'ordered' }
$o.Host
[Config]@{ Nope = 1 }
'done'
