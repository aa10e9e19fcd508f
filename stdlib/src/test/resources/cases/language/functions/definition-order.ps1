# A function exists once its definition has run; a later definition replaces it.
function F { 'one' }
F
function F { 'two' }
F
