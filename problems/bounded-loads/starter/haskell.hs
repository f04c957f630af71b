-- Consistent hashing with bounded loads, whole program (stdin -> stdout).
import Data.Bits (shiftR, xor)
import Data.Word (Word64)

mix :: Word64 -> Word64
mix z0 = z3
  where
    z1 = (z0 `xor` (z0 `shiftR` 33)) * 0xFF51AFD7ED558CCD
    z2 = (z1 `xor` (z1 `shiftR` 33)) * 0xC4CEB9FE1A85EC53
    z3 = z2 `xor` (z2 `shiftR` 33)

main :: IO ()
main = do
  (header : serverLine : keyLine : _) <- lines <$> getContents
  putStrLn "TODO"
