-- Reference (whole program): rotary position embedding, Su et al. (arXiv:2104.09864),
-- Section 3.4.2, eq. (34): rotate each pair (x_{2i-1}, x_{2i}) by m * theta_i,
-- theta_i = base^(-2(i-1)/d).
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit)
import Data.Ratio ((%))
import System.IO (stdout)

-- Parse a decimal number such as -12.5, 3, 1e-3 or 2.5E+4 (correctly rounded: with at most 15
-- significant digits and a small exponent, one exact division/multiplication suffices).
readD :: B.ByteString -> Double
readD s0 = case B.uncons s0 of
  Just ('-', r) -> negate (pos r)
  Just ('+', r) -> pos r
  _ -> pos s0
  where
    pos s =
      let (ip, r1) = B.span isDigit s
          (fp, r2) = case B.uncons r1 of
            Just ('.', r) -> B.span isDigit r
            _ -> (B.empty, r1)
          ex = case B.uncons r2 of
            Just (c, r) | c == 'e' || c == 'E' -> expo r
            _ -> 0
          digits = B.append ip fp
          e = ex - B.length fp
          small = B.foldl' (\a c -> a * 10 + (fromEnum c - 48)) 0 digits :: Int
          mant = B.foldl' (\a c -> a * 10 + toInteger (fromEnum c - 48)) 0 digits
       in if B.length digits <= 15 && e >= -22 && e <= 22
            then (if e >= 0 then fromIntegral small * 10 ^ e else fromIntegral small / 10 ^ negate e)
            else if e >= 0 then fromInteger (mant * 10 ^ e) else fromRational (mant % (10 ^ negate e))
    expo r = case B.readInt (if B.take 1 r == B.pack "+" then B.drop 1 r else r) of
      Just (v, _) -> v
      Nothing -> 0

readI :: B.ByteString -> Int
readI s = case B.readInt s of
  Just (v, _) -> v
  Nothing -> error "bad integer"

-- Fixed-point output with 9 decimals (absolute error <= 5e-10), much faster than show;
-- valid for |y| < 9e9.
fixed9 :: Double -> BB.Builder
fixed9 y =
  let n = round (abs y * 1e9) :: Int
      (ip, fp) = n `divMod` 1000000000
      fs = show fp
      sign = if y < 0 && n /= 0 then BB.char7 '-' else mempty
   in sign <> BB.intDec ip <> BB.char7 '.' <> BB.string7 (replicate (9 - length fs) '0' ++ fs)

unwordsB :: [BB.Builder] -> BB.Builder
unwordsB [] = mempty
unwordsB (b : bs) = b <> mconcat [BB.char7 ' ' <> c | c <- bs]

rotate :: [Double] -> Int -> [Double] -> [Double]
rotate thetas m xs = concat (zipWith pair thetas (pairs xs))
  where
    pairs (a : b : rest) = (a, b) : pairs rest
    pairs _ = []
    pair t (a, b) =
      let ang = fromIntegral m * t
       in [a * cos ang - b * sin ang, a * sin ang + b * cos ang]

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let n = readI (head toks)
      d = readI (toks !! 1)
      base = readD (toks !! 2)
      thetas = [base ** (-2 * fromIntegral i / fromIntegral d) | i <- [0 .. d `div` 2 - 1]]
      go 0 _ = []
      go k (mTok : rest) = let (xs, more) = splitAt d rest in (readI mTok, map readD xs) : go (k - 1 :: Int) more
      go _ [] = []
      rows = [rotate thetas m xs | (m, xs) <- go n (drop 3 toks)]
  BB.hPutBuilder stdout (mconcat [unwordsB (map fixed9 r) <> BB.char7 '\n' | r <- rows])
