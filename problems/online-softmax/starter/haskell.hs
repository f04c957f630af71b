-- Whole program: read q, then q vectors (a line with n, a line with n numbers);
-- print the softmax of every vector on its own line.
main :: IO ()
main = do
  tokens <- words <$> getContents
  let q = read (head tokens) :: Int
  -- TODO: parse the vectors, compute (running max, normalizer) in one fold, print the outputs
  mapM_ (\_ -> putStrLn "") [1 .. q]
