'never printed'
class A {
    [void] M() { return 1 }
}
