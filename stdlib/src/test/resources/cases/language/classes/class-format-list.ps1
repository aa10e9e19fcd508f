class Wide {
    [int]$A = 1
    [int]$B = 2
    [string]$C = 'three'
    [int[]]$D = 4, 5
    [string]$E
}
[Wide]::new()
