-- Alpha-balanced focal loss (Lin et al., arXiv:1708.02002, eq. 5), normalized by the number of
-- positive anchors as in RetinaNet, computed stably from the logits; a whole program.
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit, ord)
import Data.List (foldl')
import Data.Ratio ((%))
import Numeric (log1p)
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

logSigmoid :: Double -> Double
logSigmoid z
  | z >= 0 = negate (log1p (exp (negate z)))
  | otherwise = z - log1p (exp z)

sigmoid :: Double -> Double
sigmoid z
  | z >= 0 = 1 / (1 + exp (negate z))
  | otherwise = exp z / (1 + exp z)

-- FL(p_t) = -alpha_t (1 - p_t)^gamma log p_t, with p_t = sigma(z)
focal :: Double -> Double -> Double -> Int -> Double
focal alpha gamma x y = negate alphaT * power (sigmoid (negate z)) * logSigmoid z
  where
    z = if y == 1 then x else negate x
    alphaT = if y == 1 then alpha else 1 - alpha
    power b = if gamma == 0 then 1 else b ** gamma

main :: IO ()
main = do
  (nT : alphaT : gammaT : rest) <- B.words <$> B.getContents
  let n = maybe 0 fst (B.readInt nT)
      (xsT, ysT) = splitAt n rest
      ys = map (maybe 0 fst . B.readInt) (take n ysT)
      losses = zipWith (focal (readD alphaT) (readD gammaT)) (map readD xsT) ys
      total = foldl' (+) 0 losses
      positives = sum ys
  BB.hPutBuilder stdout (fmtD (total / fromIntegral (max 1 positives)) <> BB.char7 '\n')
