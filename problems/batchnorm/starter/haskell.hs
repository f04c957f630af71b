-- Whole program: read K m C eps, gamma, beta, K*m training rows, T and T test rows;
-- print the training outputs, E[x], Var[x] and the inference outputs.
main :: IO ()
main = do
  tokens <- words <$> getContents
  let [k, m, c] = map read (take 3 tokens) :: [Int]
  -- TODO
  return ()
