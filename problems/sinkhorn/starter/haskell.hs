-- Whole program: read n m L lambda, r, c and the n x m cost matrix M; run L Sinkhorn
-- iterations from u = 1 (v = c / K^T u, u = r / K v), print <P, M> and P = diag(u) K diag(v).
main :: IO ()
main = do
  tokens <- words <$> getContents
  let [n, m, iters] = map read (take 3 tokens) :: [Int]
  -- TODO
  return ()
