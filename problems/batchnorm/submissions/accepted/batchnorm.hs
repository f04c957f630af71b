-- Reference (whole program): batch normalization, Ioffe & Szegedy (arXiv:1502.03167):
-- Algorithm 1 per training mini-batch, Algorithm 2 (steps 8-11) for inference.
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit)
import Data.List (foldl', transpose)
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

chunk :: Int -> Int -> [a] -> ([[a]], [a])
chunk 0 _ xs = ([], xs)
chunk rows cols xs =
  let (row, rest) = splitAt cols xs
      (more, left) = chunk (rows - 1) cols rest
   in (row : more, left)

showB :: Double -> BB.Builder
showB = BB.string7 . show

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let [k, m, c] = map readI (take 3 toks)
      eps = readD (toks !! 3)
      nums = map readD (drop 4 toks)
      (gamma, r1) = splitAt c nums
      (beta, r2) = splitAt c r1
      (batches, _) = chunk k (m * c) r2
      mf = fromIntegral m :: Double
      -- Algorithm 1: per-channel mini-batch mean and biased variance, normalize, scale, shift
      stats rows = [(mu, sum [(x - mu) * (x - mu) | x <- col] / mf) | col <- transpose rows, let mu = sum col / mf]
      train flat =
        let rows = fst (chunk m c flat)
            st = stats rows
            out = [zipWith3 (\x (mu, var) (g, b) -> g * (x - mu) / sqrt (var + eps) + b) r st (zip gamma beta) | r <- rows]
         in (st, out)
      results = map train batches
      kf = fromIntegral k :: Double
      allStats = map fst results
      -- Algorithm 2: E[x] = average of the batch means, Var[x] = m/(m-1) * average batch variance
      popMean = map (/ kf) (foldl' (zipWith (+)) (replicate c 0) (map (map fst) allStats))
      popVar = map (\s -> mf / (mf - 1) * s / kf) (foldl' (zipWith (+)) (replicate c 0) (map (map snd) allStats))
      tAt = 4 + 2 * c + k * m * c -- the token holding T, the number of inference rows
      t = readI (toks !! tAt)
      (tests, _) = chunk t c (map readD (drop (tAt + 1) toks))
      infer x = zipWith3 (\v mu (var, (g, b)) -> g / sqrt (var + eps) * v + (b - g * mu / sqrt (var + eps))) x popMean (zip popVar (zip gamma beta))
      line f xs = unwordsB (map f xs) <> BB.char7 '\n'
  BB.hPutBuilder stdout $
    mconcat [line fixed9 r | (_, out) <- results, r <- out]
      <> line showB popMean
      <> line showB popVar
      <> mconcat [line showB (infer x) | x <- tests]
