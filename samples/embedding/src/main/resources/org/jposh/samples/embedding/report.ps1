# Runs inside InventoryReport: $items (a Java List of Item records) and $threshold come from the host.
"Inventory of $($items.Count) items"
$items | Format-Table Name, Quantity, Price
$names = $items.Name -join ', '
$lowStock = ConvertTo-Json -Compress $items[-1]
Write-Host "Restock below $threshold"
