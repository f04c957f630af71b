-- Whole program: read n T, lr beta1 beta2 eps, the n initial parameters and T gradient rows
-- from stdin; print the n parameters after T Adam steps on one line.
main :: IO ()
main = do
  tokens <- words <$> getContents
  let n = read (head tokens) :: Int
      steps = read (tokens !! 1) :: Int
  -- TODO: parse the rest, run the Adam steps, print the parameters
  putStrLn (unwords (replicate n "0"))
