# Runs inside InventoryReport: $items (a Java List of Item records) and $threshold come from the host.
"Inventory of $($items.Count) items"
$items | Format-Table Name, Quantity, Price
$names = $items.Name -join ', '
$lowStock = $items[-1] | Select-Object Name, Quantity, Price | ConvertTo-Json -Compress
Write-Host "Restock below $threshold"
