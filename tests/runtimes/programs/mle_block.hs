-- One 1 GiB block: more than the RTS's -M heap limit, which it refuses with "Heap exhausted".
import qualified Data.ByteString as B

main :: IO ()
main = do
  let block = B.replicate (2 ^ (30 :: Int)) 1
  print (B.index block (B.length block - 1))
