-- Spin forever: a strict loop that never allocates.
main :: IO ()
main = print (go 0)
  where
    go :: Int -> Int
    go n = go (n + 1)
