class Money {
    [decimal]$Amount
    [string]$Currency
    Money([decimal]$amount, [string]$currency) { $this.Amount = $amount; $this.Currency = $currency }
    [string] ToString() { return '{0:N2} {1}' -f $this.Amount, $this.Currency }
}
class Plain { [int]$V = 1 }
class Derived : Money {
    Derived() : base(1, 'EUR') { }
}
$m = [Money]::new(12.5, 'USD')
$m.ToString()
"$m"
[string]$m
'Total: ' + $m
"list: $(@($m, [Money]::new(1, 'GBP')))"
[Plain]::new().ToString()
"$([Plain]::new())"
[Derived]::new().ToString()
$m
