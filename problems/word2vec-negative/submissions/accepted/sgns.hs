-- Skip-gram negative sampling (Mikolov et al., arXiv:1310.4546, eq. 4): the objective
-- J = log s(v'_O . v_I) + sum_i log s(-v'_i . v_I) and one simultaneous gradient-ascent step;
-- a whole program.
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit, ord)
import Data.List (foldl', intersperse)
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

logSigmoid, sigmoid :: Double -> Double
logSigmoid z = if z >= 0 then negate (log1p (exp (negate z))) else z - log1p (exp z)
sigmoid z = if z >= 0 then 1 / (1 + exp (negate z)) else exp z / (1 + exp z)

line :: [Double] -> BB.Builder
line xs = mconcat (intersperse (BB.char7 ' ') (map fmtD xs)) <> BB.char7 '\n'

step :: Double -> [Double] -> [[Double]] -> BB.Builder
step eta vIn outs = line [objective] <> line newIn <> mconcat (map line newOuts)
  where
    dot a = foldl' (+) 0 (zipWith (*) a vIn)
    scores = map dot outs -- s_O first, then the noise words
    objective = logSigmoid (head scores) + sum (map (logSigmoid . negate) (tail scores))
    grads = sigmoid (negate (head scores)) : map (negate . sigmoid) (tail scores)
    newIn = foldl' (\acc (g, u) -> zipWith (\a x -> a + eta * g * x) acc u) vIn (zip grads outs)
    newOuts = [zipWith (\x y -> x + eta * g * y) u vIn | (g, u) <- zip grads outs]

cases :: Int -> [B.ByteString] -> [BB.Builder]
cases 0 _ = []
cases t (dT : kT : etaT : rest) =
  let d = maybe 0 fst (B.readInt dT)
      k = maybe 0 fst (B.readInt kT)
      (vT, more) = splitAt ((k + 2) * d) rest
      vecs = chunk d (map readD vT)
   in step (readD etaT) (head vecs) (tail vecs) : cases (t - 1) more
  where
    chunk w xs = if null xs then [] else let (a, b) = splitAt w xs in a : chunk w b
cases _ _ = []

main :: IO ()
main = do
  (tT : rest) <- B.words <$> B.getContents
  BB.hPutBuilder stdout (mconcat (cases (maybe 0 fst (B.readInt tT)) rest))
