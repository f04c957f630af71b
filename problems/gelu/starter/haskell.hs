-- Whole program: read n and n numbers; print GELU of each on one line.
-- Haskell's base library has no erf: write one (see the statement for a series).
main :: IO ()
main = do
  tokens <- words <$> getContents
  let n = read (head tokens) :: Int
      xs = map read (take n (tail tokens)) :: [Double]
  -- TODO: compute x * Phi(x) exactly
  putStrLn (unwords (map (const "0") xs))
