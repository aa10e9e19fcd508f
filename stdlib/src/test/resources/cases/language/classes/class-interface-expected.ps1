"never printed"
class Base { }
class Derived : System.IDisposable, Base { [void] Dispose() { } }
