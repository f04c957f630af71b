-- xoshiro256** and xoroshiro128+, whole program: read T, then T query lines
-- ("xoshiro256** k s0 s1 s2 s3" or "xoroshiro128+ k s0 s1"); print the k outputs of each on one line.
import Data.Bits (rotateL, shiftL, xor)
import Data.Word (Word64)

xoshiro256ss :: (Word64, Word64, Word64, Word64) -> Int -> [Word64]
xoshiro256ss _ _ = error "TODO"

xoroshiro128p :: (Word64, Word64) -> Int -> [Word64]
xoroshiro128p _ _ = error "TODO"

answer :: String -> String
answer line = case words line of
  ("xoshiro256**" : k : st) -> let [a, b, c, d] = map read st in out (xoshiro256ss (a, b, c, d) (read k))
  (_ : k : st) -> let [a, b] = map read st in out (xoroshiro128p (a, b) (read k))
  _ -> ""
  where out = unwords . map show

main :: IO ()
main = do
  (t : rest) <- lines <$> getContents
  mapM_ (putStrLn . answer) (take (read t) rest)
