class Worker : System.IDisposable { [void] Dispose() { } }
class Job : Exception {
    Job() : base("a", "b", "c") { }
}
[Worker]::new() -is [IDisposable]
[Job]::new()
"after"
