-- Reference (whole program): Sinkhorn distance, Cuturi (arXiv:1306.0895), Algorithm 1:
-- K = exp(-lambda M); repeat L times v = c ./ (K^T u), u = r ./ (K v); P = diag(u) K diag(v);
-- print <P, M> and P.
{-# LANGUAGE BangPatterns #-}
import qualified Data.ByteString.Char8 as B
import Data.Char (isDigit)
import Data.List (foldl', transpose)
import Data.Ratio ((%))

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

chunk :: Int -> Int -> [a] -> [[a]]
chunk 0 _ _ = []
chunk rows cols xs = let (row, rest) = splitAt cols xs in row : chunk (rows - 1) cols rest

dot :: [Double] -> [Double] -> Double
dot a b = foldl' (+) 0 (zipWith (*) a b)

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let [n, m, iters] = map readI (take 3 toks)
      lam = readD (toks !! 3)
      nums = map readD (drop 4 toks)
      (r, rest1) = splitAt n nums
      (c, rest2) = splitAt m rest1
      costs = chunk n m rest2
      k = map (map (\x -> exp (negate lam * x))) costs -- K = e^{-lambda M}
      kt = transpose k
      step (!u, _) _ =
        let v = zipWith (\cj col -> cj / dot col u) c kt   -- v = c ./ (K^T u)
            u' = zipWith (\ri row -> ri / dot row v) r k   -- u = r ./ (K v)
         in sum u' `seq` (u', v)
      (uF, vF) = foldl' step (replicate n 1, replicate m 1) [1 .. iters]
      p = [map (* ui) (zipWith (*) row vF) | (ui, row) <- zip uF k] -- diag(u) K diag(v)
      dist = sum (zipWith dot p costs)
  putStrLn (show dist)
  mapM_ (putStrLn . unwords . map show) p
