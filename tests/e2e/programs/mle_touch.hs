-- Allocates 1 GiB filled with ones (replicate writes every byte), far over the limit.
import qualified Data.ByteString as B

main :: IO ()
main = do
  a <- read . head . words <$> getContents :: IO Int
  let block = B.replicate (2 ^ (30 :: Int)) 1
  print (B.index block (abs a `mod` B.length block))
