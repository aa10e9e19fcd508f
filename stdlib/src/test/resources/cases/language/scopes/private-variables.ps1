# $private: variables are not visible to child scopes.
$private:secret = 's'
function Peek { "peek: [$secret]" }
Peek
$secret
$local:plain = 'p'
function PeekPlain { "plain: [$plain]" }
PeekPlain
