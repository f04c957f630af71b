-- Lemire's nearly divisionless bounded random integers (arXiv:1805.10941, Algorithm 5, L = 64),
-- fed by splitmix64. Whole program.
import qualified Data.ByteString.Char8 as B
import Data.Bits (shiftR, xor)
import Data.List (foldl')
import Data.Maybe (fromJust)
import Data.Word (Word64)

splitmix :: Word64 -> (Word64, Word64)  -- (new state, output word)
splitmix st = (st', z3 `xor` (z3 `shiftR` 31))
  where
    st' = st + 0x9E3779B97F4A7C15
    z2 = (st' `xor` (st' `shiftR` 30)) * 0xBF58476D1CE4E5B9
    z3 = (z2 `xor` (z2 `shiftR` 27)) * 0x94D049BB133111EB

two64 :: Integer
two64 = 2 ^ (64 :: Int)

-- one bounded draw in [0, s): returns (state, words drawn so far, value)
bounded :: (Word64, Int) -> Integer -> (Word64, Int, Integer)
bounded (st, d) s =
  let (st1, x) = splitmix st
      m = toInteger x * s
      low = m `mod` two64
  in if low >= s then (st1, d + 1, m `div` two64)
     else let t = (two64 - s) `mod` s               -- 2^64 mod s, the rare division
              go st' d' mm
                | mm `mod` two64 >= t = (st', d', mm `div` two64)
                | otherwise = let (st'', y) = splitmix st' in go st'' (d' + 1) (toInteger y * s)
          in go st1 (d + 1) m

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let int = fst . fromJust . B.readInteger
      seed = int (head toks)
      n = fromInteger (int (toks !! 1)) :: Int
      ss = map int (take n (drop 2 toks))
      step (st, d, acc) s = let (st', d', v) = bounded (st, d) s in st' `seq` d' `seq` (st', d', v : acc)
      (_, draws, vals) = foldl' step (fromInteger seed, 0, []) ss
  B.putStrLn (B.unwords (map (B.pack . show) (reverse vals)))
  print draws
