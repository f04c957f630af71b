-- Stream VByte, whole program: read T queries ("E n v1 .. vn" or "D n controlhex datahex");
-- print "controlhex datahex" for E and the n values for D, one line per query.
import Data.Bits (shiftL, shiftR, (.&.), (.|.))
import Data.Word (Word32, Word8)

encode :: [Word32] -> ([Word8], [Word8])
encode _ = error "TODO"

decode :: [Word8] -> [Word8] -> Int -> [Word32]
decode _ _ _ = error "TODO"

main :: IO ()
main = do
  (t : rest) <- lines <$> getContents
  mapM_ (putStrLn . const "TODO") (take (read t) rest)
