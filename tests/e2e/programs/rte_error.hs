main :: IO ()
main = do
  [a, b] <- map read . words <$> getContents :: IO [Integer]
  error ("refusing to add " ++ show a ++ " and " ++ show b)
