-- Reference (whole program): scaled dot-product attention, Vaswani et al. (arXiv:1706.03762),
-- eq. (1) softmax(Q K^T / sqrt d_k) V, with the causal mask of Section 3.2.3.
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

chunk :: Int -> Int -> [a] -> ([[a]], [a])
chunk 0 _ xs = ([], xs)
chunk rows cols xs =
  let (row, rest) = splitAt cols xs
      (more, left) = chunk (rows - 1) cols rest
   in (row : more, left)

attendRow :: Double -> [[Double]] -> [[Double]] -> [Double] -> [Double]
attendRow scale ks vs q =
  let scores = [scale * sum (zipWith (*) q k) | k <- ks]  -- q.k / sqrt d_k
      top = maximum scores                                 -- max-subtracted softmax
      ws = map (\s -> exp (s - top)) scores
      total = sum ws
   in foldr1 (zipWith (+)) [map (* (w / total)) v | (w, v) <- zip ws vs]

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let [n, m, d, dv, causal] = map readI (take 5 toks)
      nums = map readD (drop 5 toks)
      (qs, r1) = chunk n d nums
      (ks, r2) = chunk m d r1
      (vs, _) = chunk m dv r2
      scale = 1 / sqrt (fromIntegral d)
      visible i = if causal == 1 then i + 1 else m          -- key j visible iff j <= i
      rows = [attendRow scale (take (visible i) ks) (take (visible i) vs) q | (i, q) <- zip [0 ..] qs]
  mapM_ (putStrLn . unwords . map show) rows
