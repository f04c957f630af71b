-- Whole program: read n d base, then n lines "m x_1 ... x_d"; print every vector rotated
-- pair by pair by the angles m * base^(-2(i-1)/d).
main :: IO ()
main = do
  tokens <- words <$> getContents
  let n = read (head tokens) :: Int
      d = read (tokens !! 1) :: Int
  -- TODO: parse the rows and rotate them
  mapM_ (\_ -> putStrLn (unwords (replicate d "0"))) [1 .. n]
