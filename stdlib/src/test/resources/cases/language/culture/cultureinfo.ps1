# [cultureinfo]: names, properties, conversions and use as an IFormatProvider (the session runs in en-US)
$PSCulture
$PSUICulture
[cultureinfo]::CurrentCulture.Name
[System.Globalization.CultureInfo]::CurrentUICulture.DisplayName
$inv = [cultureinfo]::InvariantCulture
"[$($inv.Name)] $($inv.DisplayName) $($inv.LCID) $($inv.TwoLetterISOLanguageName)"
$de = [cultureinfo]'de-DE'
$de.Name, $de.DisplayName, $de.LCID, $de.TwoLetterISOLanguageName, $de.NativeName
$de.NumberFormat.NumberDecimalSeparator
$de.NumberFormat.NumberGroupSeparator
$de.DateTimeFormat.ShortDatePattern
$de.DateTimeFormat.LongDatePattern
$de.TextInfo.ToTitleCase('hello world')
$de.TextInfo.ToTitleCase('the NASA mission')
([cultureinfo]'en-US').TextInfo.ListSeparator, $de.TextInfo.ListSeparator
([cultureinfo]'DE-de').Name
$de.Parent.Name
$de -is [IFormatProvider]
([cultureinfo]::new('fr-FR')).DisplayName
([cultureinfo]::GetCultureInfo('de-DE')).Name
(1234.5).ToString('N2', [cultureinfo]'de-DE')
[string]::Format([cultureinfo]'de-DE', '{0:N2}', 1234.5)
[datetime]::Parse('21.11.2026', [cultureinfo]'de-DE').ToString('yyyy-MM-dd')
[datetime]::Parse('11/21/2026', [cultureinfo]'en-US').ToString('yyyy-MM-dd')
[double]::Parse('1,5', [cultureinfo]'de-DE')
[double]::Parse('1.234,5', [cultureinfo]'de-DE')
(1234.5).ToString([cultureinfo]::InvariantCulture)
(1234.5).ToString('C', [cultureinfo]'de-DE')
(-1234.5).ToString('C', [cultureinfo]'de-DE')
(0.256).ToString('P1', [cultureinfo]'de-DE')
(1234.5).ToString('#,##0.00', [cultureinfo]'de-DE')
(1234.5).ToString('C')
([datetime]'2026-03-05').ToString('D', [cultureinfo]'de-DE')
([datetime]'2026-03-05 14:07:00').ToString('g', [cultureinfo]'de-DE')
([datetime]'2026-03-05').ToString('dddd d MMMM', [cultureinfo]'fr-FR')
([cultureinfo]'en-GB').DateTimeFormat.ShortDatePattern
([cultureinfo]'en-GB').LCID
"$([cultureinfo]'de-DE')"
try { [cultureinfo]'xx-bogus' } catch { $_.Exception.Message }
try { [cultureinfo]::GetCultureInfo('nope') } catch { $_.Exception.InnerException.GetType().FullName }
# the current culture is the session's, and settable
[cultureinfo]::CurrentCulture = 'de-DE'
$PSCulture
(Get-Culture).Name
(1234.5).ToString('N2')
'{0:N1}' -f 2.5
"$(2.5)"
[string](2.5)
[double]::Parse('2,5')
[cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture
"[$PSCulture]"
(1.5).ToString('C')
[cultureinfo]::CurrentCulture = 'en-US'
(Get-Culture -ListAvailable).Count -gt 100
(Get-Culture -ListAvailable)[0].DisplayName
'', 'de-DE' | Get-Culture | ForEach-Object DisplayName
[cultureinfo]::GetCultures('NeutralCultures') | Where-Object Name -EQ 'de' | ForEach-Object LCID
Get-Culture -Name de-DE, fr-FR
Get-UICulture
Get-Culture -Name nope
