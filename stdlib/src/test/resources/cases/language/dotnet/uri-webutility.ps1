# System.Uri ([uri]) parts, relative URIs, resolution, escaping; System.Net.WebUtility
$u = [uri]'https://User@Example.ORG:8443/p/a%20b/q.txt?z=1&y=2#frag'
$u.Scheme; $u.Host; $u.Port; $u.IsDefaultPort; $u.Authority; $u.UserInfo
$u.AbsolutePath; $u.LocalPath; $u.Query; $u.Fragment; $u.PathAndQuery
$u.Segments -join '|'
$u.AbsoluteUri
"$u"
$u.GetLeftPart('Authority')
$u.GetLeftPart([UriPartial]::Path)
$h = [System.Uri]::new('http://localhost'); $h.Port; $h.AbsolutePath; $h.AbsoluteUri; $h.IsLoopback
[uri]::new([uri]'https://a.org/x/y/', 'z?q=1').AbsoluteUri
[uri]::new([uri]'https://a.org/x/y', '../w').AbsoluteUri
$f = [uri]'/etc/hosts'; $f.IsFile; $f.LocalPath; $f.AbsoluteUri
$s = [uri]'https://a.org/dir name/ü'; $s.AbsoluteUri; $s.ToString()
$r = [uri]::new('docs/x.html', [UriKind]::Relative); $r.IsAbsoluteUri; $r.OriginalString
try { $r.Host } catch { $_.Exception.Message }
[uri]::EscapeDataString('a b&c=d/é~!*')
[uri]::UnescapeDataString('a%20b%26c%C3%A9%zz')
[uri]::IsWellFormedUriString('https://a.org/x', 'Absolute')
[uri]::IsWellFormedUriString('https://a.org/x y', 'Absolute')
[uri]::IsWellFormedUriString('x/y', 'Relative')
$out = $null; [void][uri]::TryCreate('not a uri', [UriKind]::Absolute, [ref]$out); $null -eq $out
# a cast takes any string a relative URI can be, as pwsh converts with UriKind.RelativeOrAbsolute
$n = [uri]'not a uri'; $n.IsAbsoluteUri; $n.OriginalString
([uri]'https://A.org/x') -eq ([uri]'https://a.org/x')
[System.Net.WebUtility]::UrlEncode('a b&c=d/é~!*()')
[System.Net.WebUtility]::UrlDecode('a+b%26c%3Dd%2F%C3%A9')
[System.Net.WebUtility]::HtmlEncode('<a href="x">Tom & Jerry''s</a> é')
[System.Net.WebUtility]::HtmlDecode('&lt;b&gt; &amp;amp; &#233; &#x41; &quot;q&quot; &bogus;')
