-- xoshiro256** and xoroshiro128+ (Blackman & Vigna, arXiv:1805.01407). Whole program.
import Data.Bits (rotateL, shiftL, xor)
import Data.Word (Word64)

xoshiro256ss :: (Word64, Word64, Word64, Word64) -> Int -> [Word64]
xoshiro256ss _ 0 = []
xoshiro256ss (s0, s1, s2, s3) k = out : xoshiro256ss (s0', s1', s2'', s3'') (k - 1)
  where
    out = rotateL (s1 * 5) 7 * 9          -- scrambler **
    t = s1 `shiftL` 17                    -- linear engine, a = 17, b = 45
    s2' = s2 `xor` s0
    s3' = s3 `xor` s1
    s1' = s1 `xor` s2'
    s0' = s0 `xor` s3'
    s2'' = s2' `xor` t
    s3'' = rotateL s3' 45

xoroshiro128p :: (Word64, Word64) -> Int -> [Word64]
xoroshiro128p _ 0 = []
xoroshiro128p (s0, s1) k = (s0 + s1) : xoroshiro128p (s0', s1'') (k - 1)
  where
    s1' = s1 `xor` s0                     -- linear engine, a = 24, b = 16, c = 37
    s0' = rotateL s0 24 `xor` s1' `xor` (s1' `shiftL` 16)
    s1'' = rotateL s1' 37

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
