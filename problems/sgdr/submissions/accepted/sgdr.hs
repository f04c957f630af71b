-- SGDR (Loshchilov & Hutter, arXiv:1608.03983, eq. 5) with integer steps; a whole program.
-- The run containing t is found by walking the geometric run lengths T_i = T_0 * T_mult^i
-- (Integer arithmetic, no overflow); eta = eta_min + (eta_max - eta_min)(1 + cos(pi T_cur / T_i)) / 2.
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit, ord)
import Data.Maybe (fromJust)
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

learningRate :: Double -> Double -> Integer -> Integer -> Integer -> Double
learningRate etaMin etaMax t0 tMult t = etaMin + 0.5 * (etaMax - etaMin) * (1 + cos (pi * tCur / len))
  where
    (start, len')
      | tMult == 1 = (t - t `mod` t0, t0)
      | otherwise = walk 0 t0
    walk s l = if t >= s + l then walk (s + l) (l * tMult) else (s, l)
    tCur = fromInteger (t - start)
    len = fromInteger len'

main :: IO ()
main = do
  (minT : maxT : t0T : multT : qT : rest) <- B.words <$> B.getContents
  let readI = fst . fromJust . B.readInteger
      rate = learningRate (readD minT) (readD maxT) (readI t0T) (readI multT)
  BB.hPutBuilder stdout $ mconcat [fmtD (rate (readI v)) <> BB.char7 '\n' | v <- take (fromInteger (readI qT)) rest]
