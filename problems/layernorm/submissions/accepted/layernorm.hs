-- Reference (whole program): layer normalization, Ba, Kiros & Hinton (arXiv:1607.06450), eq. (4).
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

layerNorm :: Double -> [Double] -> [Double] -> [Double] -> [Double]
layerNorm eps gamma beta x =
  let h = fromIntegral (length x)
      mu = sum x / h                                  -- mean over the H features
      var = sum [(a - mu) * (a - mu) | a <- x] / h    -- biased variance, two-pass
      inv = 1 / sqrt (var + eps)
   in zipWith3 (\a g b -> g * (a - mu) * inv + b) x gamma beta

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let rows = readI (head toks)
      width = readI (toks !! 1)
      eps = readD (toks !! 2)
      nums = map readD (drop 3 toks)
      (gamma, rest) = splitAt width nums
      (beta, xs) = splitAt width rest
      go 0 _ = []
      go k ys = let (row, more) = splitAt width ys in row : go (k - 1 :: Int) more
  mapM_ (putStrLn . unwords . map show . layerNorm eps gamma beta) (go rows xs)
