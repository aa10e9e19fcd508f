class Item {
    [string]$Name
    [int]$Count = 5
    [double]$Price
    [bool]$InStock
    [string[]]$Tags = @('a', 'b')
    $Anything
    [datetime]$When
    hidden [string]$Token = 'secret'
}
$i = [Item]::new()
$null -eq $i.Name
$i.Count
$i.Price
$i.InStock
$i.Tags -join '+'
$i.Tags.GetType().Name
$null -eq $i.Anything
$i.When.Year
$i.Token
$i.Count = '12'
$i.Count.GetType().Name
$i.Count + 1
$i.Anything = 1, 2
$i.Anything.Count
$i.Price = 2
$i.Price.GetType().Name
$i.Count++
$i.Count
$i.Count += 10
$i.Count
$i.Tags = 'single'
$i.Tags.GetType().Name
$j = [Item]::new()
$j.Count
$j.Tags.Count
