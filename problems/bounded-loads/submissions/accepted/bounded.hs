{-# LANGUAGE FlexibleContexts #-}
-- Consistent hashing with bounded loads (Mirrokni, Thorup & Zadimoghaddam, arXiv:1608.01350).
import Control.Monad (forM)
import Control.Monad.ST (ST, runST)
import Data.Array.ST (STUArray, newArray, readArray, writeArray)
import Data.Array.Unboxed (UArray, listArray, (!))
import qualified Data.ByteString.Char8 as B
import Data.Bits (shiftR, xor)
import Data.List (sort)
import Data.Word (Word64)

mix :: Word64 -> Word64
mix z0 = z3
  where
    z1 = (z0 `xor` (z0 `shiftR` 33)) * 0xFF51AFD7ED558CCD
    z2 = (z1 `xor` (z1 `shiftR` 33)) * 0xC4CEB9FE1A85EC53
    z3 = z2 `xor` (z2 `shiftR` 33)

-- first index r with points ! r >= x (n if none)
lowerBound :: UArray Int Word64 -> Int -> Word64 -> Int
lowerBound pts n x = go 0 n
  where
    go lo hi | lo >= hi = lo
             | pts ! mid >= x = go lo mid
             | otherwise = go (mid + 1) hi
      where mid = (lo + hi) `div` 2

assign :: Int -> Integer -> UArray Int Word64 -> UArray Int Int -> [Word64] -> [Int]
assign n e pts owner keys = runST $ do
  load <- newArray (0, n - 1) 0 :: ST s (STUArray s Int Int)
  forM (zip [1 ..] keys) $ \(t, key) -> do
    let capacity = fromInteger (((1000 + e) * t + 1000 * toInteger n - 1) `div` (1000 * toInteger n))
        start = let r = lowerBound pts n (mix key) in if r == n then 0 else r
        walk r = do
          l <- readArray load (owner ! r)
          if l >= capacity then walk (if r + 1 == n then 0 else r + 1) else return r
    r <- walk start
    let s = owner ! r
    readArray load s >>= writeArray load s . (+ 1)
    return s

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let int = read . B.unpack :: B.ByteString -> Integer
      n = fromInteger (int (head toks)) :: Int
      m = fromInteger (int (toks !! 1)) :: Int
      e = int (toks !! 2)
      servers = map (fromInteger . int) (take n (drop 3 toks)) :: [Word64]
      keys = map (fromInteger . int) (take m (drop (3 + n) toks)) :: [Word64]
      ring = sort [(mix s, i) | (i, s) <- zip [0 ..] servers]
      pts = listArray (0, n - 1) (map fst ring) :: UArray Int Word64
      owner = listArray (0, n - 1) (map snd ring) :: UArray Int Int
  putStrLn (unwords (map show (assign n e pts owner keys)))
