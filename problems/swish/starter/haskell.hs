-- Whole program: read n, then n lines "beta x"; print "f(x) f'(x)" per line.
swish :: Double -> Double -> (Double, Double)
swish beta x = undefined -- TODO: x * sigmoid (beta * x) and its derivative, with a stable sigmoid

main :: IO ()
main = do
  (n : rest) <- words <$> getContents
  let go (b : x : more) = swish (read b) (read x) : go more
      go _ = []
  mapM_ (\(f, df) -> putStrLn (show f ++ " " ++ show df)) (take (read n) (go rest))
