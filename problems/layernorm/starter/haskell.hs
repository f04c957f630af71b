-- Whole program: read B H, eps, gamma (H numbers), beta (H numbers) and B rows of H numbers;
-- print the B layer-normalized rows.
main :: IO ()
main = do
  tokens <- words <$> getContents
  let rows = read (head tokens) :: Int
      width = read (tokens !! 1) :: Int
  -- TODO: parse the numbers, normalize every row, print it
  mapM_ (\_ -> putStrLn (unwords (replicate width "0"))) [1 .. rows]
