$q = [System.Collections.Generic.Queue[string]]::new()
$q.Enqueue('first')
$q.Enqueue('second')
$q.Count
$q.Peek()
$q.Dequeue()
$q.Count
$s = [System.Collections.Generic.Stack[int]]::new()
$s.Push(1)
$s.Push('2')
$s.Peek()
$s -join ','
$s.Pop()
$s.Pop()
$s.Count
$s.Pop()
'after'
