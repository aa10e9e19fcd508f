[java.lang.Integer]::parseInt('zz')
[java.lang.Math]::nosuch(1)
[java.util.NoSuchClass]
'after'
