function SetAll { $script:s = 'script'; $global:g = 'global'; $local:l = 'local' }
SetAll
"[$s] [$g] [$l]"
$private:secret = 'p'
function Peek { "secret=[$secret]" }
Peek
"own=[$secret]"
