'never printed'
class A : B { }
class B : A { }
