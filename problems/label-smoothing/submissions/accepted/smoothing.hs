-- Label-smoothed cross-entropy (Szegedy et al., arXiv:1512.00567, section 7) with the uniform
-- prior u(k) = 1/K: H(q', p) = LSE(z) - (1 - eps) z_y - (eps / K) sum_k z_k; a whole program.
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit, ord)
import Data.List (foldl')
import Data.Ratio ((%))
import System.IO (stdout)

-- Decimal parsing (GHC's read for Double is too slow for 10^5 numbers): a mantissa of at most
-- 15 digits scaled by an exact power of ten is correctly rounded; longer ones go through Rational.
readD :: B.ByteString -> Double
readD s = case B.uncons s of
  Just ('-', r) -> negate (unsigned r)
  Just ('+', r) -> unsigned r
  _ -> unsigned s
  where
    unsigned t =
      let (ip, r1) = B.span isDigit t
          (fp, r2) = case B.uncons r1 of
            Just ('.', r) -> B.span isDigit r
            _ -> (B.empty, r1)
          ex = case B.uncons r2 of
            Just (c, r) | c == 'e' || c == 'E' -> maybe 0 fst (B.readInt (B.dropWhile (== '+') r))
            _ -> 0
          digits = B.append ip fp
          e10 = ex - B.length fp
          small = B.foldl' (\a c -> a * 10 + (ord c - 48)) 0 digits :: Int
          mant = B.foldl' (\a c -> a * 10 + toInteger (ord c - 48)) 0 digits
       in if B.length digits <= 15 && abs e10 <= 22
            then (if e10 >= 0 then fromIntegral small * 10 ^ e10 else fromIntegral small / 10 ^ negate e10)
            else if e10 >= 0 then fromInteger (mant * 10 ^ e10) else fromRational (mant % (10 ^ negate e10))

-- Fast output with 12 significant digits (GHC's show for Double is slow for 10^5 numbers).
fmtD :: Double -> BB.Builder
fmtD v
  | v == 0 || isNaN v || isInfinite v || abs v < 1e-280 || abs v > 1e280 =
      BB.string7 (if v == 0 then "0" else show v) -- show is slow but exact at the extremes
  | otherwise = (if v < 0 then BB.char7 '-' else mempty) <> BB.intDec (m `div` p11) <> BB.char7 '.'
      <> BB.string7 (replicate (11 - length frac) '0' ++ frac) <> BB.char7 'e' <> BB.intDec e
  where
    a = abs v
    p11 = 10 ^ (11 :: Int) :: Int
    e0 = floor (logBase 10 a) :: Int
    m0 = round (a / 10 ^^ (e0 - 11)) :: Int
    (m, e)
      | m0 >= 10 * p11 = (round (a / 10 ^^ (e0 - 10)), e0 + 1)
      | m0 < p11 = (round (a / 10 ^^ (e0 - 12)), e0 - 1)
      | otherwise = (m0, e0)
    frac = show (m `mod` p11)

lossOf :: Double -> Int -> [Double] -> Double
lossOf eps y z = lse - (1 - eps) * (z !! y) - eps / fromIntegral (length z) * foldl' (+) 0 z
  where
    m = maximum z
    lse = m + log (foldl' (+) 0 [exp (v - m) | v <- z]) -- log sum_j e^{z_j}, stably

rows :: Int -> [B.ByteString] -> [(Int, [Double])]
rows _ [] = []
rows k (yT : rest) = let (zT, more) = splitAt k rest
                      in (maybe 0 fst (B.readInt yT), map readD zT) : rows k more

main :: IO ()
main = do
  (nT : kT : epsT : rest) <- B.words <$> B.getContents
  let n = maybe 0 fst (B.readInt nT)
      k = maybe 0 fst (B.readInt kT)
      eps = readD epsT
      total = foldl' (+) 0 [lossOf eps y z | (y, z) <- take n (rows k rest)]
  BB.hPutBuilder stdout (fmtD (total / fromIntegral n) <> BB.char7 '\n')
