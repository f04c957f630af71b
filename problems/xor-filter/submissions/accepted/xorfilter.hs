-- Xor filter (Graf & Lemire, arXiv:1912.08258): peeling construction (Algorithm 2) with a FIFO
-- queue, fingerprint assignment in reverse peeling order, and queries (Algorithm 1).
import Control.Monad (forM_, when)
import Control.Monad.ST (ST, runST)
import Data.Array.ST (STUArray, newArray, readArray, writeArray)
import Data.Array.Unboxed (UArray, listArray, (!))
import qualified Data.ByteString.Char8 as B
import Data.Bits (rotateL, shiftR, xor, (.&.))
import Data.Char (intToDigit)
import Data.STRef (modifySTRef', newSTRef, readSTRef, writeSTRef)
import Data.Word (Word64, Word8)

mix :: Word64 -> Word64
mix z0 = z3
  where
    z1 = (z0 `xor` (z0 `shiftR` 33)) * 0xFF51AFD7ED558CCD
    z2 = (z1 `xor` (z1 `shiftR` 33)) * 0xC4CEB9FE1A85EC53
    z3 = z2 `xor` (z2 `shiftR` 33)

reduce :: Word64 -> Int -> Int
reduce x n = fromIntegral (((x .&. 0xFFFFFFFF) * fromIntegral n) `shiftR` 32)

cellsOf :: Int -> Word64 -> [Int]
cellsOf block h = [reduce h block, block + reduce (rotateL h 21) block, 2 * block + reduce (rotateL h 42) block]

fingerprint :: Word64 -> Word8
fingerprint h = fromIntegral (h `xor` (h `shiftR` 32))

-- the peeling order as (key index, cell) pairs, or Nothing when peeling fails
peel :: Int -> Int -> UArray Int Word64 -> Maybe [(Int, Int)]
peel n block hs = runST $ do
  let size = 3 * block
  count <- newArray (0, size - 1) 0 :: ST s (STUArray s Int Int)
  xk <- newArray (0, size - 1) 0 :: ST s (STUArray s Int Int)
  queue <- newArray (0, 2 * size + 1) 0 :: ST s (STUArray s Int Int)
  forM_ [0 .. n - 1] $ \k -> forM_ (cellsOf block (hs ! k)) $ \j -> do
    readArray count j >>= writeArray count j . (+ 1)
    readArray xk j >>= writeArray xk j . xor k
  tailRef <- newSTRef (0 :: Int)
  let push j = do t <- readSTRef tailRef; writeArray queue t j; writeSTRef tailRef (t + 1)
  forM_ [0 .. size - 1] $ \i -> do c <- readArray count i; when (c == 1) (push i)
  stackRef <- newSTRef []
  let loop headIx = do
        t <- readSTRef tailRef
        when (headIx < t) $ do
          i <- readArray queue headIx
          c <- readArray count i
          when (c == 1) $ do
            k <- readArray xk i
            modifySTRef' stackRef ((k, i) :)
            forM_ (cellsOf block (hs ! k)) $ \j -> do
              readArray xk j >>= writeArray xk j . xor k
              cj <- subtract 1 <$> readArray count j
              writeArray count j cj
              when (cj == 1) (push j)
          loop (headIx + 1)
  loop 0
  stack <- readSTRef stackRef   -- most recently peeled first
  return (if length stack == n then Just stack else Nothing)

build :: Int -> Word64 -> [Word64] -> (Word64, UArray Int Word8)
build n seed keys =
  let block = (32 + (123 * n + 99) `div` 100) `div` 3
      hs = listArray (0, n - 1) [mix (x + seed) | x <- keys] :: UArray Int Word64
  in case peel n block hs of
       Nothing -> build n (seed + 1) keys
       Just stack -> (seed, assign block hs stack)

assign :: Int -> UArray Int Word64 -> [(Int, Int)] -> UArray Int Word8
assign block hs stack = runST $ do
  let size = 3 * block
  table <- newArray (0, size - 1) 0 :: ST s (STUArray s Int Word8)
  forM_ stack $ \(k, i) -> do   -- reverse peeling order: the stack's head was peeled last
    writeArray table i 0
    vs <- mapM (readArray table) (cellsOf block (hs ! k))
    writeArray table i (foldr xor (fingerprint (hs ! k)) vs)
  frozen <- mapM (readArray table) [0 .. size - 1]
  return (listArray (0, size - 1) frozen)

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  let int = read . B.unpack :: B.ByteString -> Integer
      n = fromInteger (int (head toks)) :: Int
      seed0 = fromInteger (int (toks !! 1)) :: Word64
      keys = map (fromInteger . int) (take n (drop 2 toks)) :: [Word64]
      q = fromInteger (int (toks !! (2 + n))) :: Int
      queries = map (fromInteger . int) (take q (drop (3 + n) toks)) :: [Word64]
      (seed, table) = build n seed0 keys
      block = (32 + (123 * n + 99) `div` 100) `div` 3
      hex b = [intToDigit (fromIntegral (b `shiftR` 4)), intToDigit (fromIntegral (b .&. 15))]
      member y = let h = mix (y + seed)
                 in fingerprint h == foldr1 xor [table ! j | j <- cellsOf block h]
  print seed
  putStrLn (concatMap (\i -> hex (table ! i)) [0 .. 3 * block - 1])
  putStrLn [if member y then '1' else '0' | y <- queries]
