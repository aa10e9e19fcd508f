'never printed'
enum Neg : ushort { A = -1 }
