"never printed"
class MyComparable : System.IComparable {
    [int]$Value
}
