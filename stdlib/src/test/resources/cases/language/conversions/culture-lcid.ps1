# about_Type_Operators: an LCID converts to its culture through CultureInfo(int)
1031 -as [System.Globalization.CultureInfo]
[cultureinfo]::GetCultureInfo(1036).Name
[cultureinfo]::new(127).LCID
try { [cultureinfo]::new(1234) } catch { $_.Exception.InnerException.Message }
