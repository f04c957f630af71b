-- Jump consistent hash (Lamping & Veach, arXiv:1406.2294), the loop of the paper's Figure 1.
-- Whole program: reads T, then T lines "key num_buckets", prints one bucket per line.
import qualified Data.ByteString.Char8 as B
import Data.Maybe (fromJust)
import Data.Word (Word64)
import Data.Bits (shiftR)
import Data.Int (Int64)

jumpHash :: Word64 -> Int64 -> Int64
jumpHash key0 n = go (-1) 0 key0
  where
    go b j key
      | j >= n = b
      | otherwise =
          let b' = j
              key' = key * 2862933555777941757 + 1          -- Word64 wraps mod 2^64
              r = fromIntegral (key' `shiftR` 33) + 1 :: Double
              j' = truncate (fromIntegral (b' + 1) * (2147483648 / r)) :: Int64
          in go b' j' key'

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let t = fst (fromJust (B.readInt (head toks)))
      pairs (k : m : rest) = (read (B.unpack k) :: Integer, fst (fromJust (B.readInt m))) : pairs rest
      pairs _ = []
      qs = take t (pairs (tail toks))
  B.putStr (B.unlines [B.pack (show (jumpHash (fromIntegral k) (fromIntegral m))) | (k, m) <- qs])
