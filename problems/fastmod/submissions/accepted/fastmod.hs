-- Faster remainder by direct computation (Lemire, Kaser & Kurz, arXiv:1902.01961). Whole program:
-- for each line "d k n1 .. nk" prints M, the k remainders and the k divisibility flags.
import qualified Data.ByteString.Char8 as B
import Data.Bits (shiftR)
import Data.Maybe (fromJust)
import Data.Word (Word64)

computeM :: Word64 -> Word64
computeM d = maxBound `div` d + 1           -- ceil(2^64 / d), wraps to 0 for d = 1

fastmod :: Word64 -> Word64 -> Word64 -> Word64
fastmod n m d = fromInteger ((toInteger (m * n) * toInteger d) `shiftR` 64)  -- (lowbits * d) >> 64

isDivisible :: Word64 -> Word64 -> Bool
isDivisible n m = n * m <= m - 1

answer :: B.ByteString -> [B.ByteString]
answer line = [B.pack (show m), B.unwords [B.pack (show (fastmod n m d)) | n <- ns],
               B.unwords [B.pack (if isDivisible n m then "1" else "0") | n <- ns]]
  where
    (d : k : rest) = map (fromIntegral . fst . fromJust . B.readInt) (B.words line) :: [Word64]
    ns = take (fromIntegral k) rest
    m = computeM d

main :: IO ()
main = do
  (t : rest) <- B.lines <$> B.getContents
  B.putStr (B.unlines (concatMap answer (take (fst (fromJust (B.readInt t))) rest)))
