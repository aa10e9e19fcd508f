# Import-LocalizedData: the data file of the UI culture (then its parent cultures, then the base directory),
# run in restricted language, written or bound to a variable of the caller's scope
New-Item -ItemType Directory -Path en-US, fr-FR, fr | Out-Null
Set-Content en-US/Messages.psd1 "ConvertFrom-StringData 'greeting=Hello'"
Set-Content fr/Messages.psd1 "ConvertFrom-StringData 'greeting=Bonjour'"
Set-Content Messages.psd1 "@{ greeting = 'Hi' }"
Set-Content Bad.psd1 "Get-Date"
(Import-LocalizedData -FileName Messages -BaseDirectory $PWD).greeting
(Import-LocalizedData -FileName Messages -BaseDirectory $PWD -UICulture fr-FR).greeting
(Import-LocalizedData -FileName Messages -BaseDirectory $PWD -UICulture de-DE).greeting
Import-LocalizedData -BindingVariable text -FileName Messages.psd1 -BaseDirectory $PWD
$text.greeting
& { Import-LocalizedData -BindingVariable script:scoped -FileName Messages -BaseDirectory $PWD }
$scoped.greeting
Import-LocalizedData -FileName Missing -BaseDirectory $PWD -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
try { Import-LocalizedData -FileName Bad -BaseDirectory $PWD } catch { $_.FullyQualifiedErrorId }
try { Import-LocalizedData -FileName ./x/Messages } catch { $_.Exception.Message }
