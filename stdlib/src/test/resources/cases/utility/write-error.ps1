Write-Error 'plain message'
Write-Error -Message 'with category' -Category InvalidOperation -ErrorId MyId -TargetObject 42
Write-Error -Exception ([System.ArgumentException]::new('bad argument')) -Message 'shown instead'
Write-Error 'overridden' -CategoryActivity Act -CategoryReason Why -CategoryTargetName Tn -CategoryTargetType Tt
try { Write-Error 'details' -Category ObjectNotFound -ErrorId NotThere -TargetObject 'thing' -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.CategoryInfo.Activity
    $_.CategoryInfo.Reason
    $_.CategoryInfo.TargetName
    $_.CategoryInfo.TargetType
    $_.TargetObject
    $_.Exception.GetType().FullName
    $_.InvocationInfo.MyCommand
}
try { Write-Error -Exception ([System.InvalidOperationException]::new('inner text')) -Message 'outer text' -ErrorAction Stop } catch {
    "$_"
    $_.Exception.Message
    $_.ErrorDetails.Message
    $_.FullyQualifiedErrorId
}
$saved = $null
try { throw 'original' } catch { $saved = $_ }
Write-Error -ErrorRecord $saved
'done'
