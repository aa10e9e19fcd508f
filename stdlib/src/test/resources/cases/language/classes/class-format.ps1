enum Status { Active; Retired }
class Server {
    [string]$Name
    [int]$Cores
    [Status]$Status
    hidden [string]$Password = 'x'
    Server([string]$n, [int]$c) { $this.Name = $n; $this.Cores = $c }
}
$servers = [Server]::new('alpha', 4), [Server]::new('beta', 16)
$servers[1].Status = 'Retired'
$servers
$servers | Format-Table Name, Status
$servers | Format-List
$servers[0] | Format-List -Property Name
