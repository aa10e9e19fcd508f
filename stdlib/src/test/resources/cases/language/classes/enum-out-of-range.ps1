'never printed'
enum Tiny : byte { A = 255; B }
