"never printed"
class Name : string { }
