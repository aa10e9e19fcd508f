'never printed'
enum Next : uint { A = 4294967294; B; C }
