# a script block or class made by a module's code belongs to the module: called from outside, it sees the
# module's private commands (pwsh runs it in the module's session state)
New-Module -Name Painter {
    function Get-Paint { 'paint' }
    $script:prompt = { "prompt with $(Get-Paint)" }
    function Get-PromptBlock { $script:prompt }
    class Brush { [string] Use() { return "brush with $(Get-Paint)" } }
    function New-Brush { [Brush]::new() }
    function Set-GlobalPrompt { Set-Item Function:\prompt -Value $script:prompt }
} | Import-Module
$block = Get-PromptBlock
& $block
(New-Brush).Use()
Set-GlobalPrompt
prompt
# inside the module the same block still sees the caller's variables, as any block
& (Get-Module Painter) { $local = 'caller variable'; & { $local } }
