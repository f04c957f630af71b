-- Harley-Seal population count (Mula, Kurz & Lemire, arXiv:1611.07612, Fig. 7) on Word64 lists.
import qualified Data.ByteString.Char8 as B
import Data.Bits (popCount, xor, (.&.), (.|.))
import Data.Char (digitToInt)
import Data.List (foldl')
import Data.Word (Word64)

csa :: Word64 -> Word64 -> Word64 -> (Word64, Word64)  -- (carries, sums)
csa a b c = let u = a `xor` b in ((a .&. b) .|. (u .&. c), u `xor` c)

data Acc = Acc !Int !Word64 !Word64 !Word64 !Word64   -- total sixteens, ones, twos, fours, eights

step :: Acc -> [Word64] -> Acc
step (Acc total ones0 twos0 fours0 eights0) [d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15] =
  let (twosA, o1) = csa ones0 d0 d1
      (twosB, o2) = csa o1 d2 d3
      (foursA, t1) = csa twos0 twosA twosB
      (twosA', o3) = csa o2 d4 d5
      (twosB', o4) = csa o3 d6 d7
      (foursB, t2) = csa t1 twosA' twosB'
      (eightsA, f1) = csa fours0 foursA foursB
      (twosA'', o5) = csa o4 d8 d9
      (twosB'', o6) = csa o5 d10 d11
      (foursA', t3) = csa t2 twosA'' twosB''
      (twosA''', o7) = csa o6 d12 d13
      (twosB''', o8) = csa o7 d14 d15
      (foursB', t4) = csa t3 twosA''' twosB'''
      (eightsB, f2) = csa f1 foursA' foursB'
      (sixteens, e1) = csa eights0 eightsA eightsB
  in Acc (total + popCount sixteens) o8 t4 f2 e1
step acc _ = acc

chunks16 :: [Word64] -> [[Word64]]
chunks16 [] = []
chunks16 xs = let (h, t) = splitAt 16 xs in (h ++ replicate (16 - length h) 0) : chunks16 t

harleySeal :: [Word64] -> Int
harleySeal ws =
  let Acc total ones twos fours eights = foldl' step (Acc 0 0 0 0 0) (chunks16 ws)
  in 16 * total + 8 * popCount eights + 4 * popCount fours + 2 * popCount twos + popCount ones

hexWord :: B.ByteString -> Word64
hexWord = B.foldl' (\acc c -> acc * 16 + fromIntegral (digitToInt c)) 0

main :: IO ()
main = do
  (_ : la : lb : _) <- B.lines <$> B.getContents
  let a = map hexWord (B.words la)
      b = map hexWord (B.words lb)
  putStrLn (unwords (map show [harleySeal a, harleySeal b, harleySeal (zipWith (.&.) a b),
                               harleySeal (zipWith (.|.) a b)]))
