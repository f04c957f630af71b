-- Reference (whole program): online softmax, Milakov & Gimelshein (arXiv:1805.02867),
-- Algorithm 3: one fold keeps (running max m, normalizer d), rescaling d when m grows.
{-# LANGUAGE BangPatterns #-}
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit)
import Data.List (foldl')
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

onlineSoftmax :: [Double] -> [Double]
onlineSoftmax xs = [exp (x - m) / d | x <- xs]
  where
    (m, d) = foldl' step (-1 / 0, 0) xs
    -- d_j = d_{j-1} * exp(m_{j-1} - m_j) + exp(x_j - m_j)
    step (!mOld, !dOld) x = let mNew = max mOld x in (mNew, dOld * exp (mOld - mNew) + exp (x - mNew))

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let go 0 _ = []
      go k (nTok : rest) =
        let n = readI nTok
            (vals, more) = splitAt n rest
         in map readD vals : go (k - 1 :: Int) more
      go _ [] = []
  BB.hPutBuilder stdout (foldMap (line . onlineSoftmax) (go (readI (head toks)) (tail toks)))
  where
    line ys = mconcat (zipWith (<>) (mempty : repeat (BB.char7 ' ')) (map fixed12 ys)) <> BB.char7 '\n'

-- A probability in [0, 1] with 12 decimals (absolute error <= 5e-13); much faster than show.
fixed12 :: Double -> BB.Builder
fixed12 y =
  let n = round (y * 1e12) :: Int
      (ip, fp) = n `divMod` 1000000000000
      fs = show fp
   in BB.intDec ip <> BB.char7 '.' <> BB.string7 (replicate (12 - length fs) '0' ++ fs)
