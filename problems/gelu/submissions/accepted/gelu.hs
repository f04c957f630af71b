-- Reference (whole program): GELU(x) = x * Phi(x), Phi(x) = (1 + erf(x / sqrt 2)) / 2
-- (Hendrycks & Gimpel, arXiv:1606.08415, Section 2). Haskell's base has no erf, so we sum
-- erf(z) = 2/sqrt(pi) * exp(-z^2) * sum_{k>=0} (2z^2)^k z / (1*3*...*(2k+1)),
-- a series of positive terms (no cancellation) that converges for every z.
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit)
import Data.Ratio ((%))

-- Parse a decimal number such as -12.5, 3, 1e-3 or 2.5E+4 (correctly rounded).
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
          mant = B.foldl' (\a c -> a * 10 + toInteger (fromEnum c - 48)) 0 (B.append ip fp)
          e = ex - B.length fp
       in if e >= 0 then fromInteger (mant * 10 ^ e) else fromRational (mant % (10 ^ negate e))
    expo r = case B.readInt (if B.take 1 r == B.pack "+" then B.drop 1 r else r) of
      Just (v, _) -> v
      Nothing -> 0

readI :: B.ByteString -> Int
readI s = case B.readInt s of
  Just (v, _) -> v
  Nothing -> error "bad integer"

erf' :: Double -> Double
erf' z
  | z < 0 = negate (erf' (negate z))
  | z > 6 = 1 -- 1 - erf(6) < 3e-17
  | otherwise = 2 / sqrt pi * exp (negate (z * z)) * series 0 z z
  where
    series :: Int -> Double -> Double -> Double
    series k term acc
      | term <= 1e-17 * acc = acc
      | otherwise =
          let term' = term * 2 * z * z / fromIntegral (2 * k + 3)
           in series (k + 1) term' (acc + term')

gelu :: Double -> Double
gelu x = 0.5 * x * (1 + erf' (x / sqrt 2))

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let n = readI (head toks)
  putStrLn (unwords (map (show . gelu . readD) (take n (tail toks))))
