-- xs is used twice, so all of it stays live while length walks it: the heap grows until the
-- RTS's -M limit or the cgroup stops it.
main :: IO ()
main = do
  let xs = [1 ..] :: [Integer]
  print (length xs + fromIntegral (sum xs))
