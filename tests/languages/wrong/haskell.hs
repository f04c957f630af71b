-- Int32 arithmetic wraps around at 2^31.
import Data.Int (Int32)

main :: IO ()
main = do
  [a, b] <- map read . words <$> getLine :: IO [Int32]
  print (a + b)
