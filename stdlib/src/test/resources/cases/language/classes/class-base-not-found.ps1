'never printed'
class Child : Missing { }
