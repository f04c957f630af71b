-- AdamW (Loshchilov & Hutter, arXiv:1711.05101), Algorithm 2 with a constant schedule multiplier
-- eta, on f(theta) = 1/2 sum a_i (theta_i - c_i)^2; a whole program. Coordinates are independent,
-- so each one is run through its T steps on its own.
{-# LANGUAGE BangPatterns #-}
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit, ord)
import Data.List (intersperse)
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

-- One coordinate: T steps of the moment updates, bias corrections and the decoupled decay.
coordinate :: Int -> [Double] -> (Double, Double, Double) -> Double
coordinate steps [alpha, beta1, beta2, eps, lam, eta] (a, c, theta0) = go 0 theta0 0 0 1 1
  where
    go !t !theta !m !v !b1t !b2t
      | t == steps = theta
      | otherwise =
          let b1t' = b1t * beta1 -- beta1^t
              b2t' = b2t * beta2 -- beta2^t
              g = a * (theta - c) -- gradient of the loss only
              m' = beta1 * m + (1 - beta1) * g
              v' = beta2 * v + (1 - beta2) * g * g
              mHat = m' / (1 - b1t')
              vHat = v' / (1 - b2t')
              theta' = theta - eta * (alpha * mHat / (sqrt vHat + eps) + lam * theta)
           in go (t + 1) theta' m' v' b1t' b2t'
coordinate _ _ _ = error "six hyperparameters expected"

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let readI = maybe 0 fst . B.readInt
      (dT : stepsT : rest) = toks
      d = readI dT
      steps = readI stepsT
      (hyperT, vecT) = splitAt 6 rest
      hyper = map readD hyperT
      vals = map readD vecT
      (a, rest1) = splitAt d vals
      (c, rest2) = splitAt d rest1
      theta0 = take d rest2
      result = map (coordinate steps hyper) (zip3 a c theta0)
  BB.hPutBuilder stdout $ mconcat (intersperse (BB.char7 ' ') (map fmtD result)) <> BB.char7 '\n'
