-- Roaring bitmaps (Chambi, Lemire, Kaser & Godin, arXiv:1402.6407). Chunks keyed by the high 16
-- bits; each container's kind follows its cardinality: array up to 4096 values, else bitmap.
-- (Data.IntSet stores the low bits here; the container bookkeeping is the paper's.)
import qualified Data.ByteString.Char8 as B
import qualified Data.IntMap.Strict as M
import qualified Data.IntSet as S
import Data.Bits (shiftR, (.&.))
import Data.Maybe (fromJust)

type Roaring = M.IntMap S.IntSet  -- high 16 bits -> low 16 bits

build :: [Int] -> Roaring
build vs = M.fromListWith S.union [(v `shiftR` 16, S.singleton (v .&. 0xFFFF)) | v <- vs]

isBitmap :: S.IntSet -> Bool
isBitmap c = S.size c > 4096

describe :: Roaring -> String
describe r = unwords (map show [sum (map S.size cs), length cs, length cs - bitmaps, bitmaps])
  where
    cs = filter (not . S.null) (M.elems r)   -- empty containers are dropped
    bitmaps = length (filter isBitmap cs)

main :: IO ()
main = do
  (_ : la : lb : _) <- B.lines <$> B.getContents
  let ints = map (fst . fromJust . B.readInt) . B.words
      a = build (ints la)
      b = build (ints lb)
  putStr (unlines (map describe [a, b, M.intersectionWith S.intersection a b, M.unionWith S.union a b]))
