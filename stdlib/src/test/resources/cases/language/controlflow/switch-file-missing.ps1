# A file that does not exist ends the switch statement with an error.
switch -File /jposh-no-such-dir/lines.txt { default { 'not printed' } }
'the script goes on'
