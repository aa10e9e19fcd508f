"never printed"
class MyComparable : system.IComparable { [void] CompareTo([object]$obj) {} }
