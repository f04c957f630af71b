-- Xor filter construction by peeling, whole program (stdin -> stdout).
-- Data.Array.ST (STUArray) works well for the counts, the per-cell xors and the queue.
import Data.Bits (rotateL, shiftR, xor, (.&.))
import Data.Word (Word64, Word8)

mix :: Word64 -> Word64
mix z0 = z3
  where
    z1 = (z0 `xor` (z0 `shiftR` 33)) * 0xFF51AFD7ED558CCD
    z2 = (z1 `xor` (z1 `shiftR` 33)) * 0xC4CEB9FE1A85EC53
    z3 = z2 `xor` (z2 `shiftR` 33)

main :: IO ()
main = do
  (nLine : keysLine : qLine : queriesLine : _) <- lines <$> getContents
  putStrLn "TODO"
