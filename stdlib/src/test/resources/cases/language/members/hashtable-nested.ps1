# Nested hashtables and arrays in hashtables are reached with chained member access and indexes.
$cfg = @{ db = @{ host = 'h'; ports = 80, 443 } }
$cfg.db.host
$cfg.db.ports[1]
$cfg['db']['host']
$cfg.db.user = 'u'
$cfg.db.Count
