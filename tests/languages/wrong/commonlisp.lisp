;; Multiplies instead of adding.
(let ((a (read)) (b (read)))
  (format t "~d~%" (* a b)))
