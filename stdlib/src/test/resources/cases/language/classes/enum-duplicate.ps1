'never printed'
enum Dup { A; B; a }
