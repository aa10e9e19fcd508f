# Doubled quotes escape a quote in either kind of string; single quotes are verbatim.
'it''s'
"say ""hi"""
'no $expansion `n here'
"mixed 'single' inside"
'mixed "double" inside'
