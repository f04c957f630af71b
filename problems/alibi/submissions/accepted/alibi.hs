-- ALiBi (Press, Smith & Lewis, arXiv:2108.12409, section 3): head slopes m_h = 2^(-8h/H), and
-- causal attention with scores q_i.k_j / sqrt(d) + m_h * (j - i), softmax with the max subtracted;
-- a whole program.
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Array.Unboxed
import Data.Char (isDigit, ord)
import Data.List (foldl', intersperse)
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

type Mat = UArray (Int, Int) Double

line :: [Double] -> BB.Builder
line xs = mconcat (intersperse (BB.char7 ' ') (map fmtD xs)) <> BB.char7 '\n'

headOutput :: Int -> Int -> Double -> Mat -> Mat -> Mat -> BB.Builder
headOutput len d m q k v = mconcat [line (row i) | i <- [0 .. len - 1]]
  where
    scale = 1 / sqrt (fromIntegral d)
    row i =
      let scores = [sum [q ! (i, c) * k ! (j, c) | c <- [0 .. d - 1]] * scale + m * fromIntegral (j - i) | j <- [0 .. i]]
          top = maximum scores
          ws = map (\s -> exp (s - top)) scores
          total = foldl' (+) 0 ws
       in [foldl' (+) 0 [w / total * v ! (j, c) | (j, w) <- zip [0 ..] ws] | c <- [0 .. d - 1]]

main :: IO ()
main = do
  (hT : lT : dT : rest) <- B.words <$> B.getContents
  let readI = maybe 0 fst . B.readInt
      heads = readI hT
      len = readI lT
      d = readI dT
      slopes = [2 ** (-8 * fromIntegral h / fromIntegral heads) | h <- [1 .. heads]] :: [Double]
      vals = map readD rest
      mat xs = listArray ((0, 0), (len - 1, d - 1)) xs :: Mat
      go _ [] = []
      go xs (m : ms) =
        let (qs, r1) = splitAt (len * d) xs
            (ks, r2) = splitAt (len * d) r1
            (vs, r3) = splitAt (len * d) r2
         in headOutput len d m (mat qs) (mat ks) (mat vs) : go r3 ms
  BB.hPutBuilder stdout $ line slopes <> mconcat (go vals slopes)
