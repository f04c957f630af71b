-- Harley-Seal population count, whole program: read n, the words of A and of B (hex);
-- print pop(A) pop(B) pop(A .&. B) pop(A .|. B).
import Data.Bits (popCount, xor, (.&.), (.|.))
import Data.Word (Word64)

csa :: Word64 -> Word64 -> Word64 -> (Word64, Word64)  -- (carries, sums)
csa a b c = let u = a `xor` b in ((a .&. b) .|. (u .&. c), u `xor` c)

main :: IO ()
main = do
  (_ : la : lb : _) <- lines <$> getContents
  putStrLn "TODO"
