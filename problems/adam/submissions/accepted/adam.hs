-- Reference (whole program): Adam, Algorithm 1 of Kingma & Ba (arXiv:1412.6980).
-- Reads the whole input, runs T Adam steps on the given gradients, prints the parameters.
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit)
import Data.List (foldl')
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

data St = St !Int [Double] [Double] [Double] -- step t, params, m, v

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let (nTok : tTok : rest) = toks
      Just (n, _) = B.readInt nTok
      Just (steps, _) = B.readInt tTok
      [lr, b1, b2, eps] = map readD (take 4 rest)
      nums = map readD (drop 4 rest)
      (p0, gs) = splitAt n nums
      chunks k xs = if k == 0 then [] else let (a, b) = splitAt n xs in a : chunks (k - 1) b
      zeros = replicate n 0
      step (St t ps ms vs) g =
        let t' = t + 1
            c1 = 1 - b1 ^ t'                                     -- bias correction 1 - b1^t
            c2 = 1 - b2 ^ t'                                     -- bias correction 1 - b2^t
            ms' = zipWith (\m x -> b1 * m + (1 - b1) * x) ms g     -- m_t
            vs' = zipWith (\v x -> b2 * v + (1 - b2) * x * x) vs g -- v_t
            ps' = zipWith3 (\p m v -> p - lr * (m / c1) / (sqrt (v / c2) + eps)) ps ms' vs'
         in sum ps' `seq` sum ms' `seq` sum vs' `seq` St t' ps' ms' vs'
      St _ final _ _ = foldl' step (St 0 p0 zeros zeros) (chunks steps gs)
  putStrLn (unwords (map show final))
