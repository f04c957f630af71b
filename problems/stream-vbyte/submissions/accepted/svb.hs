-- Stream VByte (Lemire, Kurz & Rupp, arXiv:1709.08990), scalar encoder and decoder. Whole program.
import qualified Data.ByteString.Char8 as B
import Data.Bits (shiftL, shiftR, (.&.), (.|.))
import Data.Char (digitToInt, intToDigit)
import Data.Maybe (fromJust)
import Data.Word (Word32, Word8)

byteLength :: Word32 -> Int
byteLength v | v < 2 ^ (8 :: Int) = 1 | v < 2 ^ (16 :: Int) = 2 | v < 2 ^ (24 :: Int) = 3 | otherwise = 4

chunks4 :: [a] -> [[a]]
chunks4 [] = []
chunks4 xs = take 4 xs : chunks4 (drop 4 xs)

-- control byte: code (length - 1) of the k-th value of a group in bits 2k, 2k+1
encode :: [Word32] -> ([Word8], [Word8])
encode vs = (map control (chunks4 vs), concatMap bytes vs)
  where
    control grp = foldr (.|.) 0 [fromIntegral (byteLength v - 1) `shiftL` (2 * k) | (k, v) <- zip [0 ..] grp]
    bytes v = [fromIntegral (v `shiftR` (8 * b)) | b <- [0 .. byteLength v - 1]]  -- little-endian

decode :: [Word8] -> [Word8] -> Int -> [Word32]
decode control dat n = go lens dat
  where
    lens = take n [fromIntegral ((c `shiftR` (2 * k)) .&. 3) + 1 | c <- control, k <- [0 .. 3]]
    go [] _ = []
    go (l : ls) ds = let (here, rest) = splitAt l ds
                     in foldr (\b acc -> acc `shiftL` 8 .|. fromIntegral b) 0 here : go ls rest

hex :: [Word8] -> String
hex = concatMap (\b -> [intToDigit (fromIntegral (b `shiftR` 4)), intToDigit (fromIntegral (b .&. 15))])

unhex :: B.ByteString -> [Word8]
unhex s | B.null s = []
        | otherwise = fromIntegral (digitToInt (B.head s) * 16 + digitToInt (B.index s 1)) : unhex (B.drop 2 s)

answer :: [B.ByteString] -> B.ByteString
answer (kind : n' : rest)
  | kind == B.pack "E" = let (c, d) = encode (map (fromIntegral . int) (take n rest)) in B.pack (hex c ++ " " ++ hex d)
  | otherwise = B.unwords (map (B.pack . show) (decode (unhex (head rest)) (unhex (rest !! 1)) n))
  where
    int = fst . fromJust . B.readInt
    n = int n'
answer _ = B.empty

main :: IO ()
main = do
  (t : rest) <- B.lines <$> B.getContents
  mapM_ (B.putStrLn . answer . B.words) (take (fst (fromJust (B.readInt t))) rest)
