function Hello { 'hi' }
${function:Hello}
${function:Bye} = { 'bye' }
Bye
